package io.h2hdse.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.output.OutputFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The per-job files under {@code jobs/}, gzip-compressed JSON ({@code <id>.json.gz}): written whole
 * ({@link OutputFile}) before the job's row. Folders from before compression hold
 * {@code <id>.json}, which is still read.
 */
public final class JobFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOBS = "jobs";
    static final String SUFFIX = ".json.gz";
    private static final String PLAIN_SUFFIX = ".json";

    private final Path directory;

    public JobFiles(Path sweepDirectory) {
        this.directory = sweepDirectory.resolve(JOBS);
    }

    /** A job file's content: where the job ran (any engine) it is encoded, on the machine with the folder it is written. */
    static byte[] encode(JobRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(gzip, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void write(String jobId, byte[] encoded) {
        OutputFolder.subfolder(directory.getParent(), JOBS);
        OutputFile.write(directory.resolve(jobId + SUFFIX), out -> out.write(encoded));
    }

    public JobRecord read(String jobId) {
        Path compressed = directory.resolve(jobId + SUFFIX);
        try (InputStream in = Files.exists(compressed)
                ? new GZIPInputStream(Files.newInputStream(compressed))
                : Files.newInputStream(directory.resolve(jobId + PLAIN_SUFFIX))) {
            return JSON.readValue(in, JobRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file of job " + jobId, e);
        }
    }

    /** Puts this folder's file of the job into {@code target}, compressed whatever it was here. */
    void copyTo(JobFiles target, String jobId) {
        try {
            Path compressed = directory.resolve(jobId + SUFFIX);
            target.write(jobId, Files.exists(compressed) ? Files.readAllBytes(compressed) : encode(read(jobId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the job's file is there and whole (a truncated or damaged one counts as missing: its job
     * runs again). A compressed file is inflated to its end, not parsed: the gzip trailer's checksum and
     * length say it is whole, and it was written whole by {@link #write} (a folder of 100,000 jobs holds
     * about 2 GB of JSON, which parsing took minutes to check).
     */
    boolean readable(String jobId) {
        Path compressed = directory.resolve(jobId + SUFFIX);
        if (Files.isRegularFile(compressed)) {
            return wholeGzip(compressed);
        }
        if (!exists(jobId)) {
            return false;
        }
        try {
            read(jobId);
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static boolean wholeGzip(Path file) {
        byte[] discard = new byte[16 * 1024];
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), discard.length)) {
            while (in.read(discard) >= 0) {
                // GZIPInputStream checks the trailer's CRC-32 and length when it reaches the end.
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The job's file: compressed, or plain from before compression. */
    Path file(String jobId) {
        Path compressed = directory.resolve(jobId + SUFFIX);
        return Files.exists(compressed) ? compressed : directory.resolve(jobId + PLAIN_SUFFIX);
    }

    public boolean exists(String jobId) {
        return Files.isRegularFile(file(jobId));
    }
}
