package io.h2hdse.output;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Outputs are written whole, in place of a regular file only, never over an input; a failed write keeps the old file. */
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileHasTheContentAndTheDefaultPermissionsOfANewFile() throws IOException {
        Path file = dir.resolve("new.csv");
        OutputFile.writeString(file, "a,b\n1,2\n");
        assertEquals("a,b\n1,2\n", Files.readString(file));
        Path reference = Files.createFile(dir.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
        assertEquals(List.of("new.csv", "reference"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("old.csv"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        OutputFile.writeString(file, "new\n");
        assertEquals("new\n", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSymbolicLinkIsRefusedAndNeitherItNorWhereItPointsChanges() throws IOException {
        Path pointed = Files.writeString(dir.resolve("elsewhere.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("out.yaml"), pointed);
        assertRefused(link, link + ": is a symbolic link, not a regular file: refusing to replace it");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(pointed, Files.readSymbolicLink(link));
        assertEquals("keep me\n", Files.readString(pointed));
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedToo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.yaml"), dir.resolve("not-there"));
        assertRefused(link, link + ": is a symbolic link, not a regular file: refusing to replace it");
        assertTrue(Files.notExists(dir.resolve("not-there")));
    }

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("out.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assertRefused(fifo, fifo + ": is a FIFO, not a regular file: refusing to replace it");
        assertEquals("p", kind(fifo));
    }

    @Test
    void aDeviceIsRefusedBeforeAnythingIsWritten() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> OutputFile.check(full));
        assertEquals("/dev/full: is a device, not a regular file: refusing to replace it", refused.getMessage());
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("summary.md"));
        assertRefused(folder, folder + ": is a folder, not a regular file: refusing to replace it");
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
        Path file = Files.writeString(dir.resolve("model.yaml"), "old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(file, file + ": is read-only: refusing to replace it (make it writable or write elsewhere)");
        assertEquals("old\n", Files.readString(file));
    }

    @Test
    void theSameFileAsAnInputIsRefusedByAnyPathThatReachesIt() throws IOException {
        Path input = Files.writeString(dir.resolve("x.onnx"), "model bytes");
        Path hardLink = Files.createLink(dir.resolve("y.onnx"), input);
        for (Path output : List.of(input, dir.resolve(".").resolve("x.onnx"), hardLink)) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> OutputFile.writeString(output, "yaml", input));
            assertEquals(
                    output + ": is also an input (" + input + "): refusing to overwrite it; write elsewhere",
                    refused.getMessage());
        }
        assertEquals("model bytes", Files.readString(input));
        OutputFile.writeString(dir.resolve("x.yaml"), "yaml", input);
        assertEquals("yaml", Files.readString(dir.resolve("x.yaml")));
    }

    /** A disk that takes 100 bytes and then fails as Linux does when it is full (a plain IOException). */
    @Test
    void aFullDiskKeepsThePreviousFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("out.yaml"), "previous\n");
        String big = "x".repeat(1 << 20);
        InvalidInputException failed = assertThrows(InvalidInputException.class, () -> {
            try (OutputFile out = OutputFile.open(file, OutputFileTest::fullAfter100Bytes)) {
                out.writer().write(big);
                out.commit();
            }
        });
        assertEquals(file + ": cannot write: no space left on device; the previous file is kept", failed.getMessage());
        assertEquals("previous\n", Files.readString(file));
        assertEquals(List.of("out.yaml"), names());
    }

    @Test
    void aFullDiskOnANewFileWritesNothing() throws IOException {
        Path file = dir.resolve("new.yaml");
        InvalidInputException failed = assertThrows(InvalidInputException.class, () -> {
            try (OutputFile out = OutputFile.open(file, OutputFileTest::fullAfter100Bytes)) {
                out.stream().write(new byte[1000]);
                out.commit();
            }
        });
        assertEquals(file + ": cannot write: no space left on device; nothing written", failed.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void contentThatFailsHalfwayLeavesThePreviousFile() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "previous\n");
        assertThrows(
                IllegalStateException.class,
                () -> OutputFile.write(file, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("broken content");
                }));
        assertEquals("previous\n", Files.readString(file));
        assertEquals(List.of("report.html"), names());
    }

    @Test
    void aMissingFolderIsOneLine() {
        Path file = dir.resolve("no-such-folder").resolve("out.csv");
        InvalidInputException failed =
                assertThrows(InvalidInputException.class, () -> OutputFile.writeString(file, "x"));
        assertEquals(file + ": cannot write: no such folder; nothing written", failed.getMessage());
    }

    @Test
    void aReadOnlyFolderIsOneLineForAUser() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = Files.writeString(folder.resolve("out.csv"), "previous\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            InvalidInputException failed =
                    assertThrows(InvalidInputException.class, () -> OutputFile.writeString(file, "new\n"));
            assertEquals(file + ": cannot write: permission denied; the previous file is kept", failed.getMessage());
            assertEquals("previous\n", Files.readString(file));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void assertRefused(Path target, String message) {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> OutputFile.writeString(target, "new content\n"));
        assertEquals(message, refused.getMessage());
        try (Stream<Path> files = Files.list(target.toAbsolutePath().getParent())) {
            assertEquals(
                    List.of(),
                    files.filter(p -> p.getFileName().toString().startsWith(".tmp-"))
                            .toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static OutputStream fullAfter100Bytes(OutputStream disk) {
        return new FilterOutputStream(disk) {
            private int left = 100;

            @Override
            public void write(int b) throws IOException {
                if (left-- <= 0) {
                    throw new IOException("No space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int i = 0; i < length; i++) {
                    write(bytes[offset + i]);
                }
            }
        };
    }

    private static boolean mkfifo(Path path) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String kind(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        return (mode & 0170000) == 0010000 ? "p" : "other";
    }
}
