package io.h2hdse.report;

import io.h2hdse.sweep.SweepRunner;
import io.h2hdse.sweep.SweepSpecReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small finished sweep to report on: the 8-layer model on the four-FPGA system at two bandwidths, four solvers, two seeds. */
final class ReportFixtures {
    static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();

    private ReportFixtures() {
    }

    /** 2 bandwidths × (baseline + h2h + 2 × random + 2 × ga) = 12 jobs, written into {@code out}. */
    static void runSweep(Path dir, Path out) throws IOException {
        Path spec = dir.resolve("small.yaml");
        Files.writeString(spec, """
                name: small
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 5]}
                solvers: [baseline, h2h, random, ga]
                seeds: [1, 2]
                budgets: [{max_evaluations: 400}]
                """.formatted(CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml")));
        SweepRunner.Outcome outcome = SweepRunner.run(SweepSpecReader.read(spec, CONFIGS), out, 2, false, new PrintWriter(new StringWriter()));
        if (outcome.failed() > 0) {
            throw new IllegalStateException(outcome.failed() + " jobs of the fixture sweep failed");
        }
    }
}
