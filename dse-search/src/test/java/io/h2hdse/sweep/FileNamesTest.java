package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names as file names: plain ones kept, the others one safe, bounded, distinct path component. */
class FileNamesTest {
    private static final List<String> HOSTILE = List.of(
            "../../../x",
            "..",
            ".",
            ".hidden",
            "",
            "a/b",
            "a\\b",
            "a b",
            "a\nb",
            "a\u0000b",
            "模型",
            "x".repeat(301),
            "x".repeat(300),
            "x".repeat(81),
            HostileNames.IMG,
            HostileNames.CLOSE_SCRIPT,
            HostileNames.LONG);

    @Test
    void plainNamesAreKept() {
        for (String name : List.of(
                "mmmt-tiny", "h2h-fpga4-medium", "link_bandwidth_gbps=5", "vc707+zcu102", "v1.2", "x".repeat(80))) {
            assertEquals(name, FileNames.of(name));
        }
    }

    @Test
    void otherNamesBecomeOneSafeBoundedComponentWithTheFullNamesHash() throws NoSuchAlgorithmException {
        Path folder = Path.of("results");
        for (String name : HOSTILE) {
            String file = FileNames.of(name);
            assertTrue(file.matches("[A-Za-z0-9_+=-][A-Za-z0-9._+=-]*"), file);
            assertTrue(file.length() <= 89, file);
            assertEquals(folder.resolve(file), folder.resolve(file).normalize(), file);
            assertEquals(1, Path.of(file).getNameCount(), file);
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 8);
            assertTrue(file.endsWith("-" + hash), file + " ends with the hash of " + name);
        }
        assertEquals("a_b-", FileNames.of("a/b").substring(0, 4));
        assertEquals("x".repeat(80) + "-", FileNames.of("x".repeat(301)).substring(0, 81));
    }

    @Test
    void namesThatSanitiseAlikeStayApart() {
        Set<String> files = new HashSet<>();
        List<String> names =
                List.of("a/b", "a b", "a\nb", "a_b", "x".repeat(300), "x".repeat(301), "x".repeat(81), "..", ".");
        names.forEach(n -> files.add(FileNames.of(n)));
        assertEquals(names.size(), files.size(), files.toString());
        assertFalse(files.contains(".."));
    }
}
