package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of {@code count} disjoint parts of a sweep (for batch schedulers: Slurm job arrays, Kubernetes
 * indexed Jobs). A job belongs to shard {@code index} when its id, read as an unsigned 64-bit number,
 * leaves that remainder modulo {@code count}: the id is a hash of the job key, so the split depends on
 * the key alone, is even, and does not move when jobs are added to or dropped from the spec.
 *
 * @param index 0 to count − 1, as {@code SLURM_ARRAY_TASK_ID} with {@code --array=0-(N-1)} and {@code JOB_COMPLETION_INDEX}
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": need 0 <= K < N");
        }
    }

    /** {@code K/N}; an error names {@code option}. */
    public static Shard parse(String text, String option) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message below
        }
        throw new InvalidInputException(option, "'" + text + "' is not K/N with 0 <= K < N (e.g. 0/4 ... 3/4)");
    }

    public boolean contains(String jobId) {
        return Long.remainderUnsigned(Long.parseUnsignedLong(jobId, 16), count) == index;
    }

    /** The jobs of this shard, in their order. */
    public List<JobKey> of(List<JobKey> jobs) {
        return count == 1 ? jobs : jobs.stream().filter(j -> contains(j.id())).toList();
    }

    /** The jobs of this shard by id ({@link SweepSpec#jobsById}), in their order. */
    public Map<String, JobKey> of(Map<String, JobKey> jobsById) {
        if (count == 1) {
            return jobsById;
        }
        Map<String, JobKey> jobs = new LinkedHashMap<>();
        jobsById.forEach((id, job) -> {
            if (contains(id)) {
                jobs.put(id, job);
            }
        });
        return jobs;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
