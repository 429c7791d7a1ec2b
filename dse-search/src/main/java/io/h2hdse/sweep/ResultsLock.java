package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.output.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per results folder: an exclusive lock on {@code .lock} in the folder, holding the
 * process id of its holder. The operating system releases it when the process ends, however it ends,
 * so a killed sweep never leaves its folder locked. A second run on a locked folder is refused with
 * an {@link InvalidInputException} naming the folder and the holder.
 */
public final class ResultsLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ResultsLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} for a run that writes it; refused if another process holds it. */
    public static ResultsLock acquire(Path folder) {
        return acquire(folder, "wait for it to finish or use another --out");
    }

    /**
     * Locks {@code folder}; a folder another process holds is refused with one line naming the folder
     * and the holder, then {@code advice}. A {@code .lock} that is not a regular file (a link, a FIFO) is
     * refused, and a folder where it cannot be written is one line too.
     */
    public static ResultsLock acquire(Path folder, String advice) {
        Path file = folder.resolve(FILE);
        OutputFile.checkRegular(file);
        try {
            FileChannel channel = FileChannel.open(
                    file,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new InvalidInputException(
                        folder.toString(),
                        "results folder in use by another run (process " + holder(file) + "); " + advice);
            }
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new ResultsLock(channel, lock);
        } catch (IOException e) {
            throw OutputFolder.problem(folder, e);
        }
    }

    private static String holder(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "unknown" : pid;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
