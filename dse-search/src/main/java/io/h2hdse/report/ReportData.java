package io.h2hdse.report;

import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.sweep.Comparison;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.NonDominated;
import io.h2hdse.sweep.SolverPalette;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The data the report page embeds, as plain maps and lists for JSON, columnar where there is one
 * entry per job. The summary (points, and each job's point, solver, seed and metrics) is what the page
 * reads when it opens; everything about one point's jobs (their fronts, thinned traces, reported
 * mappings and schedules) is a separate block that the page parses only when it shows that point.
 * Schedules (for the Gantt chart) are kept only for the jobs whose reported mapping lies on the point's
 * Pareto front over all its jobs, and for H2H, so that the page stays a few MB for thousands of jobs.
 * Schedule times are integers in ticks of 1/{@value #TICKS} of the makespan. It reads one point's job
 * files at a time.
 *
 * @param summary the page's data at opening
 * @param points  by point (index into the summary's {@code points}): {@code front} (job and index into the
 *                job's front, of the mappings on the point's front over all its jobs), and by job index
 *                {@code fronts}, {@code traces}, {@code schedules}, by "job/index" {@code mappings}
 */
record ReportData(Map<String, Object> summary, List<Map<String, Object>> points) {
    static final int TICKS = 10_000;
    /** A trace point is kept once evaluations have grown by this factor since the last one kept. */
    private static final double TRACE_STEP = 1.25;

    private static final MathContext DIGITS = new MathContext(6);
    static final String LOWER_BOUND = "latency_lower_bound_s";
    static final String GAP = "latency_gap";

    /** A point of one job's front: its index there, 0 being the job's reported mapping. */
    private record Candidate(int job, JobRecord record, int index) {
        double latency() {
            return record.pareto().get(index).latencyS();
        }

        double energy() {
            return record.pareto().get(index).energyJ();
        }
    }

    static ReportData of(ResultsFolder folder) {
        List<String> solvers = new ArrayList<>(new TreeSet<>(
                folder.runs().stream().map(ResultsFolder.Run::solver).toList()));
        Map<String, Object> jobs = new LinkedHashMap<>();
        List<Integer> jobPoint = new ArrayList<>();
        List<Integer> jobSolver = new ArrayList<>();
        List<String> jobSeed = new ArrayList<>();
        List<String> jobBudget = new ArrayList<>();
        List<String> jobId = new ArrayList<>();
        Map<String, List<Double>> metrics = new LinkedHashMap<>();
        folder.metricColumns().forEach(c -> metrics.put(c, new ArrayList<>()));
        List<Map<String, Object>> points = new ArrayList<>();
        List<Map<String, Object>> details = new ArrayList<>();
        List<Map<String, Object>> layerSets = new ArrayList<>();
        List<List<String>> acceleratorSets = new ArrayList<>();
        List<String> transferKinds = new ArrayList<>();
        for (ResultsFolder.Point point : folder.points()) {
            List<Candidate> candidates = new ArrayList<>();
            Map<String, List<Double>> fronts = new LinkedHashMap<>();
            Map<String, List<Double>> traces = new LinkedHashMap<>();
            Map<String, int[]> mappings = new LinkedHashMap<>();
            Map<String, Object> schedules = new LinkedHashMap<>();
            int firstJob = jobId.size();
            JobRecord first = null;
            for (ResultsFolder.Run run : point.runs()) {
                int job = jobId.size();
                JobRecord record = folder.job(run.jobId());
                first = first == null ? record : first;
                jobPoint.add(points.size());
                jobSolver.add(solvers.indexOf(run.solver()));
                jobSeed.add(run.seed());
                jobBudget.add(budget(run));
                jobId.add(run.jobId());
                folder.metricColumns().forEach(c -> metrics.get(c).add(round(run.metric(c))));
                List<Double> front = new ArrayList<>();
                for (int i = 0; i < record.pareto().size(); i++) {
                    front.add(round(record.pareto().get(i).latencyS()));
                    front.add(round(record.pareto().get(i).energyJ()));
                    candidates.add(new Candidate(job, record, i));
                }
                fronts.put(Integer.toString(job), front);
                traces.put(Integer.toString(job), trace(record));
                mappings.put(job + "/0", record.pareto().getFirst().mapping());
                if (SCHEDULED_ALWAYS.contains(run.solver())) {
                    schedules.put(Integer.toString(job), schedule(record, transferKinds));
                }
            }
            List<int[]> front = new ArrayList<>();
            for (Candidate c : NonDominated.of(candidates, Candidate::latency, Candidate::energy)) {
                front.add(new int[] {c.job(), c.index()});
                mappings.put(
                        c.job() + "/" + c.index(),
                        c.record().pareto().get(c.index()).mapping());
                if (c.index() == 0) {
                    schedules.putIfAbsent(Integer.toString(c.job()), schedule(c.record(), transferKinds));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cells", point.cells());
            entry.put("layers", indexOf(layerSets, Map.of("names", first.layers(), "branches", first.branches())));
            entry.put("accelerators", indexOf(acceleratorSets, first.accelerators()));
            entry.put("jobs", List.of(firstJob, jobId.size()));
            entry.put(
                    "lowerBound",
                    round(point.runs().stream()
                            .mapToDouble(r -> r.metric(LOWER_BOUND))
                            .filter(v -> !Double.isNaN(v))
                            .findFirst()
                            .orElse(Double.NaN)));
            points.add(entry);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("front", front);
            detail.put("fronts", fronts);
            detail.put("traces", traces);
            detail.put("mappings", mappings);
            detail.put("schedules", schedules);
            details.add(detail);
        }
        jobs.put("point", jobPoint);
        jobs.put("solver", jobSolver);
        jobs.put("seed", jobSeed);
        jobs.put("budget", jobBudget);
        jobs.put("id", jobId);
        jobs.put("metrics", metrics);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sweep", folder.name());
        data.put("pointColumns", folder.pointColumns());
        data.put("metricColumns", folder.metricColumns());
        data.put("solvers", solvers);
        Map<String, String> colours = new LinkedHashMap<>();
        solvers.forEach(s -> colours.put(s, SolverPalette.hex(s, solvers)));
        data.put("colours", colours);
        data.put(
                "deterministic",
                solvers.stream().filter(Comparison::deterministic).toList());
        data.put("ticks", TICKS);
        data.put("points", points);
        data.put("layerSets", layerSets);
        data.put("acceleratorSets", acceleratorSets);
        data.put("jobs", jobs);
        data.put("transferKinds", transferKinds);
        return new ReportData(data, details);
    }

    /** The reference solver, whose schedule is kept at every point. */
    private static final Set<String> SCHEDULED_ALWAYS = Set.of(H2hStepSolver.H2H);

    private static String budget(ResultsFolder.Run run) {
        return Comparison.budget(run.budgetEvaluations(), run.budgetSeconds());
    }

    /** Evaluations, seconds and best latency, thinned to points where evaluations grew by {@link #TRACE_STEP}, and the last. */
    private static List<Double> trace(JobRecord record) {
        List<Double> flat = new ArrayList<>();
        List<JobRecord.TraceRow> trace = record.trace();
        double next = 0;
        for (int i = 0; i < trace.size(); i++) {
            JobRecord.TraceRow t = trace.get(i);
            if (t.evaluations() >= next || i == trace.size() - 1) {
                flat.add((double) t.evaluations());
                flat.add(round(t.timeS()));
                flat.add(round(t.bestLatencyS()));
                next = Math.max(1, t.evaluations()) * TRACE_STEP;
            }
        }
        return flat;
    }

    /**
     * Slots as start and finish ticks by layer; transfers flat, seven numbers each: kind (index into
     * {@code transferKinds}), layer, source and destination accelerator (-1: the host), start and finish ticks, bytes.
     */
    private static Map<String, Object> schedule(JobRecord record, List<String> transferKinds) {
        double makespan = record.schedule().stream()
                .mapToDouble(JobRecord.Slot::finishS)
                .max()
                .orElse(0);
        double tick = makespan > 0 ? makespan / TICKS : 1;
        long[] slots = new long[2 * record.layers().size()];
        for (JobRecord.Slot s : record.schedule()) {
            slots[2 * s.layer()] = Math.round(s.startS() / tick);
            slots[2 * s.layer() + 1] = Math.round(s.finishS() / tick);
        }
        Map<String, Integer> layerIds = new HashMap<>();
        record.layers().forEach(l -> layerIds.putIfAbsent(l, layerIds.size()));
        long[] transfers = new long[7 * record.transfers().size()];
        int at = 0;
        for (JobRecord.TransferRow t : record.transfers()) {
            long[] fields = {
                indexOf(transferKinds, t.kind()),
                layerIds.getOrDefault(t.layer(), -1),
                record.accelerators().indexOf(t.source()),
                record.accelerators().indexOf(t.destination()),
                Math.round(t.startS() / tick),
                Math.round(t.finishS() / tick),
                Math.round(t.bytes())
            };
            System.arraycopy(fields, 0, transfers, at, fields.length);
            at += fields.length;
        }
        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("tickS", round(tick));
        schedule.put("slots", slots);
        schedule.put("transfers", transfers);
        return schedule;
    }

    private static <T> int indexOf(List<T> table, T value) {
        int i = table.indexOf(value);
        if (i >= 0) {
            return i;
        }
        table.add(value);
        return table.size() - 1;
    }

    /** Six significant digits: the page shows four; NaN becomes null in the JSON. */
    static Double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        return new BigDecimal(value).round(DIGITS).doubleValue();
    }
}
