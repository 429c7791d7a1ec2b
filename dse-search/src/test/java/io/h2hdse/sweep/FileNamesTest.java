package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
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
    void otherNamesBecomeOneSafeBoundedComponentEndingInAHash() {
        Path folder = Path.of("results");
        for (String name : HOSTILE) {
            String file = FileNames.of(name);
            assertTrue(file.matches("[A-Za-z0-9_+=-][A-Za-z0-9._+=-]{0,79}-[0-9a-f]{8}"), file);
            assertEquals(folder.resolve(file), folder.resolve(file).normalize(), file);
            assertEquals(1, Path.of(file).getNameCount(), file);
        }
        assertEquals("a_b-", FileNames.of("a/b").substring(0, 4));
        assertEquals("_._.._.._x-", FileNames.of("../../../x").substring(0, 11));
        assertEquals("x".repeat(80) + "-", FileNames.of("x".repeat(301)).substring(0, 81));
    }

    @Test
    void severalNamesAreJoinedByUnderscores() {
        assertEquals("mmmt-tiny_h2h-fpga4-medium_5", FileNames.of(List.of("mmmt-tiny", "h2h-fpga4-medium", "5")));
        String cut = FileNames.of(List.of("m".repeat(301), "h2h-fpga4-medium", "5"));
        assertEquals("m".repeat(80) + "-", cut.substring(0, 81));
        assertTrue(!FileNames.of(List.of("a b", "c")).equals(FileNames.of(List.of("a", "b c"))));
        assertEquals("a_b_c-", FileNames.of(List.of("a b", "c")).substring(0, 6));
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
