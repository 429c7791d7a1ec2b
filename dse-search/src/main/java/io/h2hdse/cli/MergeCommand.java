package io.h2hdse.cli;

import io.h2hdse.sweep.SweepMerge;
import io.h2hdse.sweep.explore.DesignSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dse merge}: shard folders of one sweep into one results folder. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Merge the folders of dse sweep --shard K/N runs into one results folder: the same runs.csv rows, job files and "
                    + "derived files (pareto.csv, mappings.csv, transfers.csv, plots/, summary.md, manifest.json, report.html) as a "
                    + "single run.",
            "Refuses folders of different specs. Idempotent: rows already in --out are kept, not added again, so shards can be "
                    + "merged as they finish. Exit 1 while jobs of the spec are missing (shards not merged yet, failed jobs, or the "
                    + "next generation of an nsga2 explore, chosen from the merged rows): stderr names their shards.",
            "Every shard is checked before anything is written: a row that does not parse or does not match the spec, or a "
                    + "damaged job file, is refused (exit 2) naming the file and line. --out may not be a shard folder; each shard comes once."
        },
        footer = {
            "",
            "Example:",
            "  bin/dse merge results/tiny-shards/shard-* --out results/tiny-merged   (shards: see dse sweep --help)"
        })
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARD", arity = "1..*", description = "Shard folders (each has shard.json).")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged results folder.")
    Path out;

    @Option(names = "--no-report", description = "Do not write <out>/report.html (dse report writes it later).")
    boolean noReport;

    /** "shard 2 of 4", "shards 0 and 2 of 4", "shards 0, 1 and 3 of 4". */
    static String shardsInWords(List<Integer> indexes, int count) {
        List<String> names = indexes.stream().map(String::valueOf).toList();
        String list = names.size() == 1
                ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return (names.size() == 1 ? "shard " : "shards ") + list + " of " + count;
    }

    @Override
    public Integer call() {
        List<String> waiting = new ArrayList<>();
        SweepMerge.Outcome merged = SweepMerge.merge(shards, out, (sweep, recorded) -> {
            DesignSearch.Replay replay = DesignSearch.replay(sweep, recorded);
            if (replay.waiting() != null) {
                waiting.add(replay.waiting());
            }
            return replay.spec();
        });
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(
                "%s: %d shard folders, %d rows added, %d already there; %d of %d jobs recorded; results in %s%n",
                merged.sweep(),
                shards.size(),
                merged.added(),
                merged.alreadyThere(),
                merged.jobs() - merged.missingJobs(),
                merged.jobs(),
                out);
        stdout.flush();
        if (!noReport) {
            SweepCommand.writeReport(out, stdout);
        }
        if (merged.missingJobs() > 0) {
            PrintWriter stderr = spec.commandLine().getErr();
            stderr.println("missing: " + merged.missingJobs() + " of " + merged.jobs() + " jobs, of "
                    + shardsInWords(merged.missingShards(), merged.shards())
                    + (waiting.isEmpty()
                            ? " (a shard folder not merged yet, or jobs that failed: rerun that shard, then merge again)"
                            : " (" + waiting.getFirst() + ", chosen from the merged results: run every shard again"
                                    + " with --merged " + out + ", then merge again)"));
            stderr.flush();
        }
        return merged.missingJobs() > 0 ? Dse.EXIT_FAILED : Dse.EXIT_OK;
    }
}
