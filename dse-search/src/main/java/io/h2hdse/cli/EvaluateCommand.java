package io.h2hdse.cli;

import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.sweep.SearchChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dse evaluate}: latency, energy and schedule of a given mapping. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate a mapping (CSV with header layer,accelerator, or one mapping of a sweep's mappings.csv): "
                    + "latency, energy and its schedule (each accelerator's order by the rank decoder, as search solvers use by default, "
                    + "or in declaration order with --set order=topological; the evaluator's default weight residency).",
            "An h2h or baseline mapping evaluates differently from its sweep row: H2H's figures use its own order and resident weights; "
                    + "so does a search row seeded with H2H's plan when that plan stayed its best (its notes say improved_on_seed=false)."
        },
        footer = {
            "",
            "Examples:",
            "  bin/dse evaluate --model vgg3 --system h2h-fpga4-medium --mapping configs/mappings/vgg3-h2h-fpga4-medium.csv",
            "  bin/dse evaluate --model vgg3 --system h2h-fpga4-low --mapping configs/mappings/vgg3-h2h-fpga4-medium.csv"
        })
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOnSystem input;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            required = true,
            description = "CSV: layer,accelerator; or a sweep's mappings.csv with --mapping-id.")
    Path mappingFile;

    @Option(
            names = "--mapping-id",
            paramLabel = "ID",
            description = "Which mapping of a mappings.csv (its mapping_id column).")
    String mappingId;

    @Option(
            names = "--set",
            paramLabel = "PARAM=VALUE",
            description =
                    "Override a system parameter as a sweep grid does (e.g. link_bandwidth_gbps=0.5), or set order=rank|topological "
                            + "(default rank); repeatable, each PARAM once.")
    List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, String> systemOverrides = KeyValues.parse(overrides, "--set");
        OrderPolicy order = SearchChoice.order(
                systemOverrides.getOrDefault(SearchChoice.ORDER, "rank"), "--set " + SearchChoice.ORDER);
        systemOverrides.remove(SearchChoice.ORDER);
        Problem problem = input.problem(systemOverrides);
        Schedule schedule = Schedule.of(problem, Plan.of(MappingCsv.read(mappingFile, mappingId, problem)), order);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "latency_s %.6g%nenergy_j %.6g%nvalid %s%n",
                schedule.makespan(),
                schedule.energy(),
                schedule.valid());
        TextTable table = new TextTable("layer", "accelerator", "start_ms>", "finish_ms>", "resident_weights");
        for (int l = 0; l < problem.layers(); l++) {
            table.add(
                    problem.workload().layer(l).name(),
                    problem.system().accelerator(schedule.accelerator(l)).name(),
                    String.format(Locale.ROOT, "%.4f", schedule.start(l) * 1e3),
                    String.format(Locale.ROOT, "%.4f", schedule.finish(l) * 1e3),
                    String.valueOf(schedule.resident(l)));
        }
        table.print(out);
        return Dse.EXIT_OK;
    }
}
