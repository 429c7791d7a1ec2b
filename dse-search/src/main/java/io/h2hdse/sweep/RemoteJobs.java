package io.h2hdse.sweep;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job function where only job ids arrive (a Spark executor): the spec is read there from its
 * files, once per JVM and spec version, checked against the driver's fingerprint, and each id
 * resolved against it. Jobs come in spec order, so consecutive jobs
 * of one point share its compiled problem and H2H result, and only one point's are held at a time.
 */
public final class RemoteJobs {
    private static final Map<Source, Expanded> EXPANDED = new ConcurrentHashMap<>();

    /**
     * Where the spec is read from on every machine (absolute paths: a shared file system, or the same
     * files everywhere), the designs an {@code nsga2} explore chose so far ({@link SweepSpec#searchedDesigns},
     * which the file does not hold), and the {@link ShardFolder#fingerprint} of the driver's spec.
     */
    public record Source(String specFile, String configs, List<List<Long>> designs, String fingerprint)
            implements Serializable {
        public Source {
            designs = designs.stream().map(List::copyOf).toList();
        }

        public static Source of(Path specFile, Path configs, SweepSpec spec) {
            return new Source(
                    specFile.toAbsolutePath().normalize().toString(),
                    configs.toAbsolutePath().normalize().toString(),
                    spec.searchedDesigns(),
                    ShardFolder.fingerprint(spec));
        }
    }

    private record Expanded(SweepSpec spec, Map<String, JobKey> jobs) {
        static Expanded of(Source source) {
            SweepSpec spec = SweepSpecReader.read(Path.of(source.specFile()), Path.of(source.configs()))
                    .withSearchedDesigns(source.designs());
            if (!ShardFolder.fingerprint(spec).equals(source.fingerprint())) {
                throw new IllegalStateException(source.specFile() + " as read on this machine is not the driver's spec"
                        + " (its jobs or inputs differ): the files must be the same everywhere");
            }
            Map<String, JobKey> jobs = new HashMap<>();
            spec.jobs().forEach(j -> jobs.put(j.id(), j));
            return new Expanded(spec, jobs);
        }

        JobKey job(String jobId) {
            JobKey job = jobs.get(jobId);
            if (job == null) {
                throw new IllegalStateException("job " + jobId + " is not in the spec");
            }
            return job;
        }
    }

    /** The compiled problem of the point the last job belonged to. */
    private static final class LastPoint {
        private String point;
        private PointContext context;

        PointContext of(SweepSpec spec, JobKey job) {
            if (!job.point().equals(point)) {
                context = PointContext.of(spec, job);
                point = job.point();
            }
            return context;
        }
    }

    private RemoteJobs() {}

    /**
     * The spec of {@code source}, expanded once per JVM; an expansion of the same file for other designs (an
     * earlier generation of a design search, which never comes back) is dropped, so a long search holds one.
     */
    private static Expanded expanded(Source source) {
        EXPANDED.keySet()
                .removeIf(s -> s.specFile().equals(source.specFile())
                        && s.configs().equals(source.configs())
                        && !s.equals(source));
        return EXPANDED.computeIfAbsent(source, Expanded::of);
    }

    /** Runs the jobs of {@code jobIds} in order; a job that throws (or is not in the spec read here) becomes a failed outcome. */
    public static List<JobOutcome> run(Source source, Iterator<String> jobIds) {
        List<JobOutcome> outcomes = new ArrayList<>();
        LastPoint last = new LastPoint();
        while (jobIds.hasNext()) {
            String id = jobIds.next();
            try {
                Expanded expanded = expanded(source);
                JobKey job = expanded.job(id);
                outcomes.add(JobOutcome.run(
                        JobRunner::run,
                        job,
                        () -> last.of(expanded.spec(), job),
                        expanded.spec().overrideColumns()));
            } catch (RuntimeException e) {
                outcomes.add(JobOutcome.failed(id, "job " + id, e));
            }
        }
        return outcomes;
    }
}
