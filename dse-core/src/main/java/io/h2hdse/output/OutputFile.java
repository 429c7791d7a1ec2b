package io.h2hdse.output;

import io.h2hdse.input.InvalidInputException;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * The one way this project writes a file: whole or not at all, and never through something that is not
 * a regular file. The content goes to a temporary file in the target's folder, is forced to the disk
 * and renamed over the target in one step, so a reader, a kill or a full disk sees the previous file or
 * the new one, never half of one.
 *
 * <p>Refused before anything is written, with an {@link InvalidInputException} naming the path: a target
 * that is a symbolic link, a folder, a FIFO, a device or a socket (it would be replaced by a regular file,
 * or written through to somewhere else); a read-only target; a target that is the same file as one of the
 * command's inputs. A write that fails (no space, a read-only or missing folder, no permission) removes
 * the temporary file and is an {@link InvalidInputException} too, one line, the old file left as it was.
 *
 * <p>Permissions: a replaced file keeps its permission bits; a new file gets the process's default (the
 * umask's, as any file the user creates). Its owner and group are the writing process's: keeping another
 * user's ownership would take privileges a tool should not need.
 */
public final class OutputFile implements AutoCloseable {
    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;
    private static final Set<PosixFilePermission> WRITE_BITS =
            Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

    private final Path target;
    private final boolean replacing;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;

    private OutputFile(Path target, UnaryOperator<OutputStream> disk) {
        this.target = target;
        this.replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        Path folder = target.toAbsolutePath().getParent();
        FileChannel opened = null;
        Path name = null;
        for (int attempt = 0; opened == null; attempt++) {
            name = folder.resolve(temporaryName(target));
            try {
                opened = FileChannel.open(name, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw failure(e);
                }
            } catch (IOException e) {
                throw failure(e);
            }
        }
        this.temporary = name;
        this.channel = opened;
        this.stream = new Failing(new BufferedOutputStream(disk.apply(Channels.newOutputStream(opened)), 1 << 16));
    }

    /**
     * Opens {@code target} for writing after {@link #check}ing it against {@code inputs}; nothing is
     * there until {@link #commit()}, and closing without it leaves the old file.
     */
    public static OutputFile open(Path target, Path... inputs) {
        return open(target, UnaryOperator.identity(), inputs);
    }

    /** As {@link #open(Path, Path...)}, with the stream to the temporary file passed through {@code disk} (a test's full disk). */
    static OutputFile open(Path target, UnaryOperator<OutputStream> disk, Path... inputs) {
        check(target, inputs);
        return new OutputFile(target, disk);
    }

    /** Writes {@code target} whole from {@code content}, or refuses and leaves it as it was. */
    public static void write(Path target, Content content, Path... inputs) {
        try (OutputFile file = open(target, inputs)) {
            content.writeTo(file.stream());
            file.commit();
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, CharSequence text, Path... inputs) {
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)), inputs);
    }

    /**
     * Refuses, with an {@link InvalidInputException} naming {@code target}, a target this class would not
     * write: an existing file that is not a regular one, a read-only one, or one that is the same file as
     * one of {@code inputs}. A command checks its outputs with it before its work, so that a refused
     * output costs nothing; {@link #open} checks again.
     */
    public static void check(Path target, Path... inputs) {
        if (!checkRegular(target)) {
            return;
        }
        if (readOnly(target)) {
            throw new InvalidInputException(
                    target.toString(), "is read-only: refusing to replace it (make it writable or write elsewhere)");
        }
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new InvalidInputException(
                        target.toString(),
                        "is also an input (" + input + "): refusing to overwrite it; write elsewhere");
            }
        }
    }

    /**
     * Refuses an existing {@code target} that is not a regular file (a symbolic link, a folder, a FIFO, a
     * device, a socket); returns whether there is a file.
     */
    public static boolean checkRegular(Path target) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw failure(target, e);
        }
        if (!attributes.isRegularFile()) {
            throw new InvalidInputException(
                    target.toString(),
                    "is " + kind(target, attributes) + ", not a regular file: refusing to replace it");
        }
        return true;
    }

    /** Where the content goes until {@link #commit()}; a write that fails is an {@link InvalidInputException}. */
    public OutputStream stream() {
        return stream;
    }

    /** The same, as UTF-8 text. */
    public Writer writer() {
        if (writer == null) {
            writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        }
        return writer;
    }

    /**
     * Puts the content on the disk and renames it over the target. The folder is not forced after the
     * rename: a crash of the machine may then lose the rename, which leaves the previous file, whole.
     */
    public void commit() {
        try {
            if (writer != null) {
                writer.flush();
            }
            stream.flush();
            channel.force(true);
            channel.close();
            if (replacing && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Removes the temporary file unless committed; the target is as it was. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing of it is kept: the write's own error is the one to report
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // a leftover temporary file is hidden and harmless; the write's own error is the one to report
        }
    }

    private InvalidInputException failure(IOException e) {
        return failure(target, e, replacing);
    }

    private static InvalidInputException failure(Path target, IOException e) {
        return failure(target, e, Files.exists(target, LinkOption.NOFOLLOW_LINKS));
    }

    private static InvalidInputException failure(Path target, IOException e, boolean replacing) {
        return new InvalidInputException(
                target.toString(),
                "cannot write: " + reason(e) + (replacing ? "; the previous file is kept" : "; nothing written"));
    }

    /** An I/O error's cause in a few words: the operating system's ("No space left on device"), else the exception's. */
    static String reason(IOException e) {
        String reason = switch (e) {
            case AccessDeniedException a -> "permission denied";
            case NoSuchFileException a -> "no such folder";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    private static String temporaryName(Path target) {
        String name = target.getFileName().toString();
        // a short prefix of the name: the temporary's must stay within the file system's limit on a name
        String prefix = name.codePoints()
                .limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return ".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-" + prefix;
    }

    private static String kind(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return switch (mode & S_IFMT) {
                case S_IFIFO -> "a FIFO";
                case S_IFCHR, S_IFBLK -> "a device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    /** Not writable for this process, or (so that root sees it as a user does) without a write bit for anyone. */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return Files.getFileStore(file).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).stream()
                            .noneMatch(WRITE_BITS::contains);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** The temporary file's stream: a write or flush that fails is one line naming the target. */
    private final class Failing extends FilterOutputStream {
        Failing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            // the channel is closed by commit or close
        }
    }
}
