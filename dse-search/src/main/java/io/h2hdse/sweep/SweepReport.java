package io.h2hdse.sweep;

import io.h2hdse.output.OutputFile;
import io.h2hdse.solver.SolverCatalog;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files derived at the end of a sweep from runs.csv and the job files: pareto.csv,
 * mappings.csv, transfers.csv, summary.md and the overview figures in plots/ (per-point figures are
 * drawn on demand by {@code dse plot}). It walks the sweep's jobs point by point in
 * the spec's order, so its output does not depend on the order jobs finished in, and it holds one
 * point's job files at a time.
 */
final class SweepReport {
    private SweepReport() {}

    /** A mapping a job reported: its id is {@code <job id>/<index in the job's front>}, 0 being the job's best. */
    private record Candidate(JobRecord job, int index) {
        JobRecord.FrontPoint point() {
            return job.pareto().get(index);
        }

        String mappingId() {
            return job.jobId() + "/" + index;
        }
    }

    /** Writes the files; returns each solver's notes (settings) from its first recorded job, for the manifest. */
    static Map<String, Map<String, String>> write(SweepSpec spec, Path out, JobFiles files) {
        Map<String, Map<String, String>> solverNotes = new TreeMap<>();
        RunsTable table = RunsTable.read(out.resolve(RunsCsv.FILE));
        Set<String> recorded = table.ids();
        PointColumns columns = PointColumns.of(spec);
        List<String> pointColumns = columns.all();
        Path plots = out.resolve(OutputFolder.PLOTS);
        Summary summary = new Summary(
                columns, spec.solvers().stream().anyMatch(s -> !SolverCatalog.budgetFree(s)), Comparison.of(table));
        // Against bandwidth a line per combination of the other knobs: for an explored design space, a figure per
        // design.
        BandwidthLines lines =
                new BandwidthLines(spec.overrideColumns().contains(Knob.global(SystemOverride.LINK_BANDWIDTH_GBPS))
                        && spec.systems().stream().allMatch(g -> g.explore() == null));
        try {
            OutputFolder.subfolder(out, OutputFolder.PLOTS);
            try (OutputFile paretoFile = OutputFile.open(out.resolve("pareto.csv"));
                    OutputFile mappingsFile = OutputFile.open(out.resolve("mappings.csv"));
                    OutputFile transfersFile = OutputFile.open(out.resolve("transfers.csv"));
                    CSVPrinter pareto = printer(
                            paretoFile,
                            concat(pointColumns, "latency_s", "energy_j", "solver", "job_id", "mapping_id"));
                    CSVPrinter mappings = printer(
                            mappingsFile, concat(pointColumns, "solver", "mapping_id", "layer", "accelerator"));
                    CSVPrinter transfers = printer(
                            transfersFile,
                            concat(
                                    pointColumns,
                                    "solver",
                                    "mapping_id",
                                    "kind",
                                    "layer",
                                    "source",
                                    "destination",
                                    "bytes",
                                    "start_s",
                                    "finish_s",
                                    "energy_j"))) {
                Map<String, List<Candidate>> designs = new LinkedHashMap<>();
                Map<String, List<JobKey>> points = new LinkedHashMap<>();
                spec.jobs()
                        .forEach(j -> points.computeIfAbsent(j.point(), p -> new ArrayList<>())
                                .add(j));
                for (List<JobKey> jobs : points.values()) {
                    List<JobRecord> records = jobs.stream()
                            .filter(j -> recorded.contains(j.id()))
                            .map(j -> files.read(j.id()))
                            .toList();
                    if (records.isEmpty()) {
                        continue;
                    }
                    List<String> cells = pointColumns.stream()
                            .map(c -> records.getFirst().key().get(c))
                            .toList();
                    ExploreSpec explore = jobs.getFirst().system().grid().explore();
                    if (explore != null && feasible(records.getFirst(), explore)) {
                        records.forEach(r -> designs.computeIfAbsent(
                                        jobs.getFirst().model() + "|"
                                                + jobs.getFirst().system().name(),
                                        k -> new ArrayList<>())
                                .add(new Candidate(r, 0)));
                    }
                    List<Candidate> front = explore != null ? List.of() : front(records);
                    for (Candidate c : front) {
                        pareto.printRecord(concat(
                                cells,
                                num(c.point().latencyS()),
                                num(c.point().energyJ()),
                                c.job().solver(),
                                c.job().jobId(),
                                c.mappingId()));
                    }
                    for (JobRecord record : records) {
                        for (Candidate c : reported(record, front)) {
                            int[] mapping = c.point().mapping();
                            for (int l = 0; l < mapping.length; l++) {
                                mappings.printRecord(concat(
                                        cells,
                                        record.solver(),
                                        c.mappingId(),
                                        record.layers().get(l),
                                        record.accelerators().get(mapping[l])));
                            }
                        }
                        for (JobRecord.TransferRow t : record.transfers()) {
                            transfers.printRecord(concat(
                                    cells,
                                    record.solver(),
                                    record.jobId() + "/0",
                                    t.kind(),
                                    t.layer(),
                                    t.source(),
                                    t.destination(),
                                    num(t.bytes()),
                                    num(t.startS()),
                                    num(t.finishS()),
                                    num(t.energyJ())));
                        }
                    }
                    records.forEach(r -> solverNotes.putIfAbsent(r.solver(), r.notes()));
                    summary.add(cells, records);
                    lines.add(columns, cells, records);
                }
                for (List<Candidate> group : designs.values()) {
                    for (Candidate c : designFront(group)) {
                        pareto.printRecord(concat(
                                pointColumns.stream()
                                        .map(column -> c.job().key().get(column))
                                        .toList(),
                                num(c.point().latencyS()),
                                num(c.point().energyJ()),
                                c.job().solver(),
                                c.job().jobId(),
                                c.mappingId()));
                    }
                }
                paretoFile.commit();
                mappingsFile.commit();
                transfersFile.commit();
            }
            summary.write(out.resolve("summary.md"), spec.name());
            lines.plot(plots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return solverNotes;
    }

    /** The non-dominated points among every job's front; of equal points the first job's stays. */
    private static List<Candidate> front(List<JobRecord> records) {
        List<Candidate> all = new ArrayList<>();
        for (JobRecord record : records) {
            for (int i = 0; i < record.pareto().size(); i++) {
                all.add(new Candidate(record, i));
            }
        }
        return nonDominated(all);
    }

    /** An explored design's jobs are on its model's front unless the design is over the area budget. */
    private static boolean feasible(JobRecord record, ExploreSpec explore) {
        String area = record.key().get(RunsCsv.AREA);
        return explore.areaMaxMm2().isEmpty()
                || (!area.isEmpty()
                        && Double.parseDouble(area) <= explore.areaMaxMm2().getAsDouble());
    }

    /** The (latency, energy, area) front over the designs of one model: each job's reported mapping. */
    private static List<Candidate> designFront(List<Candidate> candidates) {
        return DesignFront.of(
                candidates, List.of(c -> c.point().latencyS(), c -> c.point().energyJ(), c -> area(c.job())));
    }

    private static double area(JobRecord record) {
        String area = record.key().get(RunsCsv.AREA);
        return area.isEmpty() ? 0 : Double.parseDouble(area);
    }

    private static List<Candidate> nonDominated(List<Candidate> candidates) {
        return NonDominated.of(
                candidates, c -> c.point().latencyS(), c -> c.point().energyJ());
    }

    /** A job's best mapping and its points on the point's front. */
    @SuppressWarnings("ReferenceEquality") // a candidate points at the very record it came from
    private static List<Candidate> reported(JobRecord record, List<Candidate> front) {
        List<Candidate> reported = new ArrayList<>(List.of(new Candidate(record, 0)));
        front.stream().filter(c -> c.job() == record && c.index() != 0).forEach(reported::add);
        return reported;
    }

    static CSVPrinter printer(OutputFile file, List<String> header) throws IOException {
        return new CSVPrinter(
                file.writer(),
                RunsCsv.FORMAT
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
    }

    static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static String num(double value) {
        return Double.toString(value);
    }
}
