package io.h2hdse.cli;

import io.h2hdse.cost.maestro.CompiledMapping;
import io.h2hdse.cost.maestro.Hardware;
import io.h2hdse.cost.maestro.HardwareFile;
import io.h2hdse.cost.maestro.MaestroLayer;
import io.h2hdse.cost.maestro.MaestroResult;
import io.h2hdse.cost.maestro.MappingFile;
import io.h2hdse.cost.maestro.MappingFileParser;
import io.h2hdse.input.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dse maestro}: runs the MAESTRO cost model on a MAESTRO mapping file and hardware file, with
 * MAESTRO's own option spellings, prints each layer's results and optionally writes them as CSV.
 */
@Command(name = "maestro",
        description = "Cost every layer of a MAESTRO mapping (.m) file on the accelerator of a MAESTRO hardware "
                + "file, as MAESTRO (Kwon et al., MICRO 2019) does. Options given here override the hardware file.",
        footer = {"", "Example:",
                "  dse maestro --HW_file=hw/accelerator_1.m \\",
                "      --Mapping_file=mappings/resnet50_kcp_ws.m \\",
                "      --print_res_csv_file=resnet50_kcp_ws.csv"})
public final class MaestroCommand implements Callable<Integer> {
    /** MAESTRO's command-line defaults when there is no hardware file. */
    private static final int DEFAULT_NUM_PES = 7;
    private static final long DEFAULT_OFFCHIP_BW = 70000;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--Mapping_file", required = true, paramLabel = "FILE", description = "MAESTRO .m network file with Dataflow blocks")
    Path mappingFile;

    @Option(names = "--HW_file", paramLabel = "FILE", description = "MAESTRO hardware file (num_pes: 256 ...)")
    Path hardwareFile;

    @Option(names = "--print_res_csv_file", paramLabel = "OUT.csv",
            description = "write one CSV row per layer (replaces the file); 'true' writes <mapping name>.csv as MAESTRO does")
    String csvFile;

    @Option(names = "--print_res", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
            description = "print the per-layer report (default true)")
    boolean printReport = true;

    @Option(names = "--num_pes", paramLabel = "N", description = "number of PEs (default: hardware file, else 7)")
    Integer numPes;

    @Option(names = {"--noc_bw_cstr", "--noc_bw"}, paramLabel = "ELEMENTS", description = "NoC bandwidth, elements/cycle")
    Long nocBandwidth;

    @Option(names = {"--offchip_bw_cstr", "--offchip_bw"}, paramLabel = "ELEMENTS", description = "off-chip bandwidth, elements/cycle")
    Long offchipBandwidth;

    @Option(names = {"--l1_size_cstr", "--l1_size"}, paramLabel = "ELEMENTS", description = "L1 size constraint per PE (checked only)")
    Long l1Size;

    @Option(names = {"--l2_size_cstr", "--l2_size"}, paramLabel = "ELEMENTS", description = "L2 size constraint (checked only)")
    Long l2Size;

    @Option(names = "--noc_hops", paramLabel = "N", description = "average NoC hops (default 1)")
    Long nocHops;

    @Option(names = "--noc_hop_latency", paramLabel = "CYCLES", description = "cycles per hop (default: 1 with a hardware file, else 0)")
    Long nocHopLatency;

    @Option(names = "--num_simd_lanes", paramLabel = "N", description = "MACs per PE per cycle (default 1)")
    Integer simdLanes;

    @Override
    public Integer call() {
        Hardware hardware = hardware();
        MappingFile mapping = MappingFileParser.parse(mappingFile);
        List<MaestroResult> results = new ArrayList<>();
        for (MaestroLayer layer : mapping.layers()) {
            if (layer.dataflow() == null) {
                throw new InvalidInputException(mappingFile + ": layer " + layer.name(), "no Dataflow block, and no earlier layer has one");
            }
            try {
                results.add(CompiledMapping.compile(layer, layer.dataflow(), hardware.numPes()).analyze(hardware));
            } catch (InvalidInputException e) {
                throw e.in(mappingFile.toString());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (printReport) {
            MaestroReport.print(out, results, hardware);
        }
        Path csv = csvTarget();
        if (csv != null) {
            MaestroCsv.write(csv, results);
            out.println("Results written to " + csv);
        }
        out.flush();
        return Dse.EXIT_OK;
    }

    /** MAESTRO's own scripts pass {@code --print_res_csv_file=true}: the CSV is then named after the mapping file. */
    private Path csvTarget() {
        if (csvFile == null || csvFile.equals("false")) {
            return null;
        }
        if (csvFile.equals("true")) {
            String name = mappingFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return Path.of((dot > 0 ? name.substring(0, dot) : name) + ".csv");
        }
        return Path.of(csvFile);
    }

    private Hardware hardware() {
        HardwareFile file = hardwareFile == null ? null : HardwareFile.parse(hardwareFile);
        long pes = pick(numPes == null ? null : numPes.longValue(), file, HardwareFile.NUM_PES, file == null ? DEFAULT_NUM_PES : 1);
        long hops = nocHops != null ? positive(nocHops, "--noc_hops") : file == null ? 1 : file.get(HardwareFile.NOC_HOPS, 1);
        long hopLatency = nocHopLatency != null ? nonNegative(nocHopLatency) : file == null ? 0 : 1;
        return new Hardware(Math.toIntExact(positive(pes, "--num_pes")),
                pick(l1Size, file, HardwareFile.L1_SIZE, HardwareFile.UNLIMITED),
                pick(l2Size, file, HardwareFile.L2_SIZE, HardwareFile.UNLIMITED),
                pick(nocBandwidth, file, HardwareFile.NOC_BW, HardwareFile.UNLIMITED),
                pick(offchipBandwidth, file, HardwareFile.OFFCHIP_BW, file == null ? DEFAULT_OFFCHIP_BW : HardwareFile.UNLIMITED),
                hops * hopLatency, simdLanes == null ? 1 : Math.toIntExact(positive(simdLanes, "--num_simd_lanes")));
    }

    /** The command-line value, else the hardware file's, else the default. */
    private static long pick(Long option, HardwareFile file, String key, long fallback) {
        if (option != null) {
            return positive(option, "--" + key);
        }
        return file == null ? fallback : file.get(key, fallback);
    }

    private static long positive(long value, String option) {
        if (value <= 0) {
            throw new InvalidInputException(option, "must be positive, got " + value);
        }
        return value;
    }

    private static long nonNegative(long value) {
        if (value < 0) {
            throw new InvalidInputException("--noc_hop_latency", "must not be negative, got " + value);
        }
        return value;
    }
}
