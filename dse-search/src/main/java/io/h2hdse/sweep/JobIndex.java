package io.h2hdse.sweep;

import io.h2hdse.output.OutputFile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * {@code jobs/index.csv}: each job file's length and CRC-32C as written, one line per write
 * ({@code job_id,bytes,crc32c}), appended after the file is whole and before the job's runs.csv row.
 * Checking a job file against its line reads its bytes once, where checking the gzip stream inflates
 * it (a folder of 100,000 jobs holds about 2 GB of JSON). The index only vouches for bytes it
 * describes: a file without a line (a folder from before the index) is checked by inflating it, and a
 * file whose bytes differ from its line is not the one written.
 */
final class JobIndex {
    static final String FILE = "index.csv";
    private static final String HEADER = "job_id,bytes,crc32c\n";

    private static final ThreadLocal<ByteBuffer> BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    private final Path file;
    private boolean lineStartChecked;

    JobIndex(Path jobsFolder) {
        this.file = jobsFolder.resolve(FILE);
    }

    /** A file's length and CRC-32C. */
    record Entry(long bytes, long crc32c) {
        static Entry of(byte[] content) {
            CRC32C crc = new CRC32C();
            crc.update(content);
            return new Entry(content.length, crc.getValue());
        }

        /**
         * Whether {@code file} holds exactly the bytes described (false if it cannot be read). Reads through one
         * buffer per thread: checking 100,000 files allocates no 100,000 arrays.
         */
        boolean describes(Path file) {
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer buffer = BUFFER.get();
                CRC32C crc = new CRC32C();
                long read = 0;
                while (read <= bytes) {
                    buffer.clear();
                    if (channel.read(buffer) < 0) {
                        break;
                    }
                    buffer.flip();
                    read += buffer.remaining();
                    crc.update(buffer);
                }
                return read == bytes && crc.getValue() == crc32c;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /**
     * Appends the job's line. A line a killed run left torn is ended first, so that it spoils only itself
     * (it no longer parses, and its job has no row).
     */
    synchronized void add(String jobId, byte[] content) {
        Entry entry = Entry.of(content);
        String line = jobId + "," + entry.bytes() + "," + entry.crc32c() + "\n";
        try {
            String prefix = "";
            if (!lineStartChecked) {
                OutputFile.check(file);
                prefix = !Files.exists(file) || Files.size(file) == 0 ? HEADER : endsLine() ? "" : "\n";
                lineStartChecked = true;
            }
            try (OutputStream out = Files.newOutputStream(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS)) {
                out.write((prefix + line).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean endsLine() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    /** The entries as the index holds them now, the last line of a job counting; lines that do not parse are left out. */
    Map<String, Entry> read() {
        Map<String, Entry> entries = new HashMap<>();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                String[] cells = line.split(",", -1);
                if (cells.length != 3 || cells[0].isEmpty()) {
                    return;
                }
                try {
                    entries.put(cells[0], new Entry(Long.parseLong(cells[1]), Long.parseLong(cells[2])));
                } catch (NumberFormatException e) {
                    // the header, or a line a killed run tore
                }
            });
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | UncheckedIOException e) {
            return Map.of(); // an unreadable index vouches for nothing: every file is checked by inflating it
        }
        return entries;
    }
}
