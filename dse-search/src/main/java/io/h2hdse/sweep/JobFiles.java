package io.h2hdse.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.output.OutputFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The per-job files under {@code jobs/}, gzip-compressed JSON ({@code <id>.json.gz}): written whole
 * ({@link OutputFile}), then described in {@link JobIndex}, before the job's row. Folders from before
 * compression hold {@code <id>.json}, which is still read.
 */
public final class JobFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOBS = "jobs";
    static final String SUFFIX = ".json.gz";
    private static final int FILE_THREADS = Math.max(8, Runtime.getRuntime().availableProcessors());
    private static final String PLAIN_SUFFIX = ".json";

    private final Path directory;
    private final JobIndex index;

    public JobFiles(Path sweepDirectory) {
        this.directory = sweepDirectory.resolve(JOBS);
        this.index = new JobIndex(directory);
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
        index.add(jobId, encoded);
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
     * Which of the jobs have their file there and whole (a truncated or damaged one counts as missing:
     * its job runs again), against the index as it is now. A file the index describes is whole if its
     * bytes are those described; one it does not describe is inflated to its end (the gzip trailer's
     * checksum and length say it is whole), or parsed if it is plain JSON.
     */
    Set<String> whole(Collection<String> jobIds) {
        Map<String, JobIndex.Entry> entries = index.read();
        return onFileThreads(() -> jobIds.parallelStream()
                .filter(jobId -> {
                    JobIndex.Entry entry = entries.get(jobId);
                    return entry != null ? entry.describes(directory.resolve(jobId + SUFFIX)) : wholeUnindexed(jobId);
                })
                .collect(Collectors.toSet()));
    }

    /**
     * Runs {@code work}, whose parallel streams read job files, on {@link #FILE_THREADS} threads: waiting
     * on the file system as much as computing, a check of 100,000 files gains from more threads than cores.
     */
    static <T> T onFileThreads(Supplier<T> work) {
        ForkJoinPool pool = new ForkJoinPool(FILE_THREADS);
        try {
            return pool.submit(work::get).join();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The job whose file is named for {@code jobId}: {@code jobId} if {@code indexed} (the index read
     * once, {@link #indexed}) describes its bytes, else as its JSON says. Throws {@link UncheckedIOException}
     * if the file is damaged: not the bytes described, or not gzip-compressed JSON.
     */
    String jobOf(String jobId, Map<String, JobIndex.Entry> indexed) {
        JobIndex.Entry entry = indexed.get(jobId);
        if (entry == null) {
            return read(jobId).jobId();
        }
        if (!entry.describes(file(jobId))) {
            throw new UncheckedIOException(
                    new IOException(file(jobId) + ": not the bytes that " + JobIndex.FILE + " describes"));
        }
        return jobId;
    }

    /** Whether {@code indexed} describes the job's compressed file and it holds those bytes: one read, no look-up first. */
    boolean indexedWhole(String jobId, Map<String, JobIndex.Entry> indexed) {
        JobIndex.Entry entry = indexed.get(jobId);
        return entry != null && entry.describes(directory.resolve(jobId + SUFFIX));
    }

    /** The index as it is now, for {@link #jobOf}. */
    Map<String, JobIndex.Entry> indexed() {
        return index.read();
    }

    private boolean wholeUnindexed(String jobId) {
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
