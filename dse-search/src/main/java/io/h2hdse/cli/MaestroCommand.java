package io.h2hdse.cli;

import io.h2hdse.cost.maestro.CompiledMapping;
import io.h2hdse.cost.maestro.Hardware;
import io.h2hdse.cost.maestro.HardwareFile;
import io.h2hdse.cost.maestro.MaestroLayer;
import io.h2hdse.cost.maestro.MaestroNativeCsv;
import io.h2hdse.cost.maestro.MaestroResult;
import io.h2hdse.cost.maestro.MappingFile;
import io.h2hdse.cost.maestro.MappingFileParser;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.output.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code dse maestro}: a drop-in for the MAESTRO binary. It takes MAESTRO's options as MAESTRO reads
 * them ({@link MaestroOptions}), prints each layer's results as MAESTRO does and optionally writes them
 * as CSV. A layer the model cannot cost is named on stderr and the others still run (exit 1).
 *
 * <p>{@link Dse} calls {@link #run} directly, without picocli: scripts call the binary once per layer,
 * and picocli's start-up would be most of such a call. The picocli command only lists it in {@code dse --help}.
 */
@Command(
        name = "maestro",
        description = "Cost every layer of a MAESTRO mapping (.m) file as the MAESTRO binary (Kwon et al., MICRO 2019) "
                + "does, with its options (--Mapping_file=FILE --HW_file=FILE ...).",
        footer = {"", "Run `dse maestro --help` for MAESTRO's options."})
public final class MaestroCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return run(args, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs MAESTRO's command line in the process's working directory; returns the exit code. */
    static int run(List<String> args, PrintWriter out, PrintWriter err) {
        return run(args, Path.of(""), out, err);
    }

    /** @param workingDirectory where MAESTRO's CSV ({@code --print_res_csv_file=true}) goes */
    static int run(List<String> args, Path workingDirectory, PrintWriter out, PrintWriter err) {
        try {
            MaestroOptions options = MaestroOptions.parse(args);
            if (options.has("help")) {
                out.print(MaestroOptions.usage());
                return Dse.EXIT_OK;
            }
            return run(options, workingDirectory, out, err);
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage());
            return Dse.EXIT_BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("error: " + Dse.oneLine(e));
            return Dse.EXIT_BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int run(MaestroOptions options, Path workingDirectory, PrintWriter out, PrintWriter err) {
        if (!options.has("Mapping_file")) {
            throw new InvalidInputException("--Mapping_file", "is required (the .m network file)");
        }
        if (options.bool("bw_sweep", false) && options.bool("top_bw_only", false)) {
            throw new InvalidInputException(
                    "--bw_sweep", "MAESTRO's NoC bandwidth sweep (with --top_bw_only) is not supported");
        }
        Path mappingFile = Path.of(options.text("Mapping_file"));
        Hardware hardware = hardware(options, err);
        Path maestroCsv = null;
        Path csv = options.has("csv") ? Path.of(options.text("csv")) : null;
        if (options.has("print_res_csv_file") && !MaestroOptions.isBool(options.text("print_res_csv_file"))) {
            if (csv != null) {
                throw new InvalidInputException(
                        "--print_res_csv_file", "names a file, as --csv does: give this project's CSV once");
            }
            csv = Path.of(options.text("print_res_csv_file"));
        } else if (options.bool("print_res_csv_file", false)) {
            maestroCsv = MaestroNativeCsv.fileFor(workingDirectory, mappingFile);
        }
        Path[] inputs = options.has("HW_file")
                ? new Path[] {mappingFile, Path.of(options.text("HW_file"))}
                : new Path[] {mappingFile};
        for (Path output : new Path[] {csv, maestroCsv}) {
            if (output != null) {
                OutputFile.check(output, inputs);
            }
        }
        MappingFile mapping = MappingFileParser.parse(mappingFile);
        if (!options.inert().isEmpty()) {
            err.println("note: " + String.join(", ", options.inert())
                    + (options.inert().size() == 1 ? " changes" : " change") + " nothing in this model");
        }
        List<MaestroResult> results = new ArrayList<>();
        List<String> maestroRows = new ArrayList<>();
        int failed = 0;
        for (MaestroLayer layer : mapping.layers()) {
            try {
                if (layer.dataflow() == null) {
                    throw new InvalidInputException(
                            "layer " + layer.name(), "no Dataflow block, and no earlier layer has one");
                }
                MaestroResult result = CompiledMapping.compile(layer, layer.dataflow(), hardware.numPes())
                        .analyze(hardware);
                if (!result.hasValidIterations()) {
                    err.println("warning: " + mappingFile + ": layer " + layer.name()
                            + ": no iteration case does any work (a tile is larger than the layer): 0 MACs and 0 "
                            + "cycles, as MAESTRO reports");
                }
                results.add(result);
                if (maestroCsv != null) {
                    maestroRows.add(MaestroNativeCsv.row(mapping.network(), layer, result, hardware));
                }
            } catch (InvalidInputException e) {
                err.println("error: " + e.in(mappingFile.toString()).getMessage());
                failed++;
            }
        }
        if (options.bool("print_res", true)) {
            if (options.has("HW_file")) {
                out.println(); // as MAESTRO's hardware-file parser does, so that the reports compare line by line
            }
            MaestroReport.print(out, results, hardware);
        }
        if (csv != null) {
            MaestroCsv.write(csv, results, inputs);
            out.println("Results written to " + csv);
        }
        if (maestroCsv != null) {
            MaestroNativeCsv.append(maestroCsv, maestroRows, inputs);
        }
        if (failed > 0) {
            err.println("error: " + failed + " of " + mapping.layers().size() + " layers of " + mappingFile
                    + " could not be costed");
            return Dse.EXIT_FAILED;
        }
        return Dse.EXIT_OK;
    }

    /** As MAESTRO: a hardware file replaces every hardware option but the SIMD lanes; say so when one is given. */
    private static Hardware hardware(MaestroOptions options, PrintWriter err) {
        int simdLanes = Math.toIntExact(positive(options, HardwareFile.OPT_SIMD_LANES, 1));
        if (options.has("HW_file")) {
            List<String> replaced = HardwareFile.REPLACED_BY_FILE.stream()
                    .filter(options::has)
                    .sorted()
                    .map(name -> "--" + name)
                    .toList();
            if (!replaced.isEmpty()) {
                err.println("note: the hardware file replaces " + String.join(", ", replaced) + ", as in MAESTRO");
            }
            return HardwareFile.parse(Path.of(options.text("HW_file"))).toHardware(simdLanes);
        }
        Map<String, Long> given = new HashMap<>();
        for (String name : HardwareFile.REPLACED_BY_FILE) {
            Long value = options.integer(name);
            if (value != null) {
                long least = name.equals(HardwareFile.OPT_NOC_HOP_LATENCY) ? 0 : 1;
                if (value < least) {
                    throw new InvalidInputException(
                            "--" + name, "must be " + (least == 0 ? "zero or more" : "positive") + ", got " + value);
                }
                given.put(name, value);
            }
        }
        given.put(HardwareFile.OPT_SIMD_LANES, (long) simdLanes);
        return HardwareFile.commandLine(given);
    }

    private static long positive(MaestroOptions options, String name, long fallback) {
        Long value = options.integer(name);
        if (value != null && value <= 0) {
            throw new InvalidInputException("--" + name, "must be positive, got " + value);
        }
        return value == null ? fallback : value;
    }
}
