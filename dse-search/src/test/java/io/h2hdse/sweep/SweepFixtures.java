package io.h2hdse.sweep;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small sweep (the 8-layer model on the four-FPGA system) and readers for its CSVs; the report's tests use it too. */
public final class SweepFixtures {
    public static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();
    static final Path TINY_MODEL = CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml");
    /** Columns that depend on wall time, not on the job key. */
    static final List<String> TIMING = List.of("solver_time_s", "evals_per_s");

    private SweepFixtures() {}

    /** Two bandwidths, budget-free and search solvers, two seeds: 2 × (2 + 2 × 2) = 12 jobs. */
    public static Path writeSpec(Path dir) throws IOException {
        Path spec = dir.resolve("small.yaml");
        Files.writeString(spec, """
                name: small
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 5]}
                solvers: [baseline, h2h, random, enumerate]
                seeds: [1, 2]
                budgets: [{max_evaluations: 300}]
                """.formatted(TINY_MODEL));
        return spec;
    }

    public static SweepSpec spec(Path dir) throws IOException {
        return SweepSpecReader.read(writeSpec(dir), CONFIGS);
    }

    public static SweepRunner.Outcome run(SweepSpec spec, Path out, int threads) {
        return SweepRunner.run(spec, out, threads, false, new PrintWriter(new StringWriter()));
    }

    /** Rows by job id, without the timing columns. */
    public static Map<String, Map<String, String>> rows(Path csv) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (Map<String, String> row : records(csv)) {
            Map<String, String> kept = new LinkedHashMap<>(row);
            TIMING.forEach(kept::remove);
            if (rows.put(row.get("job_id"), kept) != null) {
                throw new AssertionError("duplicate row for job " + row.get("job_id"));
            }
        }
        return rows;
    }

    /**
     * Writes a hand-made runs.csv: {@code keyColumns} (comma-separated, up to {@code job_id} and the area if any),
     * then the result columns; each row is its key cells followed by the same made-up results.
     */
    static Path writeRuns(Path file, String keyColumns, String... keyRows) throws IOException {
        StringBuilder text = new StringBuilder(keyColumns)
                .append(",latency_s,energy_j,edp_j_s,solver_time_s,evaluations,evals_per_s,latency_vs_h2h,")
                .append("energy_vs_h2h,hypervolume,latency_lower_bound_s,latency_gap\n");
        for (String row : keyRows) {
            text.append(row).append(",0.1,1.0,0.1,0.01,1,100.0,1.0,1.0,1.0,0.05,2.0\n");
        }
        return Files.writeString(file, text);
    }

    public static List<Map<String, String>> records(Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
        }
        return rows;
    }
}
