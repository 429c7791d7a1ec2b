package io.h2hdse.cli;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.output.OutputFile;
import io.h2hdse.solver.h2h.ComputationPrioritized;
import io.h2hdse.solver.h2h.GraphOrder;
import io.h2hdse.solver.h2h.H2h;
import io.h2hdse.solver.h2h.H2hResult;
import io.h2hdse.solver.h2h.H2hStep;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dse h2h}: runs the H2H reference solver on a case in the release's format. */
@Command(
        name = "h2h",
        mixinStandardHelpOptions = true,
        description = {
            "Run the H2H mapper (steps 1-4, as the authors released it) on an h2h-ref-case/1 file.",
            "Prints one CSV row per step: step,makespan_s,energy_j,valid (valid = every data edge respected, no two layers overlap on an accelerator, resident weights within capacity)."
        },
        footer = {"", "Example:", "  bin/dse h2h configs/h2h-cases/b_vgg3_3acc.json --schedule b_vgg3_step4.csv"})
public final class H2hCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "CASE.json",
            description = "The case, in the H2H release's reference format (h2h-ref-case/1).")
    private Path caseFile;

    @Option(
            names = "--schedule",
            paramLabel = "OUT.csv",
            description =
                    "Also write the final (step-4) schedule: layer,accelerator,start_s,end_s,resident (replaced whole; never the case file, a link or a device).")
    private Path scheduleFile;

    @Override
    public Integer call() {
        if (scheduleFile != null) {
            OutputFile.check(scheduleFile, caseFile);
        }
        ReferenceCase c = ReferenceCaseReader.read(caseFile);
        Problem problem = Problem.compile(c.workload(), c.system(), new FpgaTileCostModel());
        H2hResult result = H2h.run(problem, GraphOrder.of(c));
        String steps = csv(new String[] {"step", "makespan_s", "energy_j", "valid"}, printer -> {
            for (H2hStep step : result.steps()) {
                printer.printRecord(
                        step.step(),
                        step.makespan(),
                        step.energy(),
                        step.schedule().valid());
            }
        });
        if (scheduleFile != null) {
            Schedule last = result.last().schedule();
            String schedule = csv(new String[] {"layer", "accelerator", "start_s", "end_s", "resident"}, printer -> {
                for (int l = 0; l < problem.layers(); l++) {
                    printer.printRecord(
                            c.workload().layer(l).name(),
                            c.system().accelerator(last.accelerator(l)).name(),
                            last.start(l),
                            last.finish(l),
                            last.resident(l));
                }
            });
            OutputFile.writeString(scheduleFile, schedule, caseFile);
        }
        if (result.greedyFallback()) {
            spec.commandLine()
                    .getErr()
                    .println("note: step 1 mapped some frontiers greedily (more than "
                            + ComputationPrioritized.DEFAULT_ENUMERATION_LIMIT + " candidates)");
        }
        spec.commandLine().getOut().print(steps);
        spec.commandLine().getOut().flush();
        return Dse.EXIT_OK;
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                text,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(header)
                        .setRecordSeparator('\n')
                        .get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
