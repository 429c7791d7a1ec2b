package io.h2hdse.cli;

import io.h2hdse.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dse merge}: shard folders of one sweep into one results folder. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the folders of dse sweep --shard K/N runs into one results folder: the same runs.csv rows, job files and "
                    + "derived files (pareto.csv, mappings.csv, transfers.csv, plots/, summary.md, manifest.json, report.html) as a "
                    + "single run.",
            "Refuses folders of different specs. Idempotent: rows already in --out are kept, not added again, so shards can be "
                    + "merged as they finish. Exit 1 while jobs of the spec are missing (shards not merged yet, failed jobs)."
        },
        footer = {"", "Example:", "  bin/dse merge results/quick/shard-* --out results/quick"})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "Shard folders (each has shard.json).")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged results folder.")
    Path out;

    @Option(names = "--no-report", description = "Do not write <out>/report.html (dse report writes it later).")
    boolean noReport;

    @Override
    public Integer call() {
        SweepMerge.Outcome merged = SweepMerge.merge(shards, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "%s: %d shard folders, %d rows added, %d already there; %d of %d jobs recorded%s; results in %s%n",
                merged.sweep(),
                shards.size(),
                merged.added(),
                merged.alreadyThere(),
                merged.jobs() - merged.missingJobs(),
                merged.jobs(),
                merged.missingShards().isEmpty()
                        ? ""
                        : " (shards not merged: "
                                + merged.missingShards().stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(", ")) + ")",
                out);
        stdout.flush();
        if (!noReport) {
            SweepCommand.writeReport(out, stdout);
        }
        return merged.missingJobs() > 0 ? Dse.EXIT_FAILED : Dse.EXIT_OK;
    }
}
