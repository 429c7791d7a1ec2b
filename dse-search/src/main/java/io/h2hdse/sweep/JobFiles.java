package io.h2hdse.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The per-job files under {@code jobs/}: written whole (temporary file, then rename) before the job's row. */
public final class JobFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    public JobFiles(Path sweepDirectory) {
        this.directory = sweepDirectory.resolve("jobs");
    }

    void write(JobRecord record) {
        try {
            Files.createDirectories(directory);
            Path temporary = directory.resolve(record.jobId() + ".json.tmp");
            JSON.writeValue(temporary.toFile(), record);
            Files.move(temporary, file(record.jobId()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JobRecord read(String jobId) {
        try {
            return JSON.readValue(file(jobId).toFile(), JobRecord.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file of job " + jobId, e);
        }
    }

    /** Whether the job's file is there and whole (a truncated or damaged one counts as missing: its job runs again). */
    boolean readable(String jobId) {
        if (!Files.isRegularFile(file(jobId))) {
            return false;
        }
        try {
            JSON.readValue(file(jobId).toFile(), JobRecord.class);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public boolean exists(String jobId) {
        return Files.isRegularFile(file(jobId));
    }

    private Path file(String jobId) {
        return directory.resolve(jobId + ".json");
    }
}
