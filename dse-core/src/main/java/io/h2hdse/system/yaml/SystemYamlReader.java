package io.h2hdse.system.yaml;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlFiles;
import io.h2hdse.input.YamlMap;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.CostSpec;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.OpKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a system file (schema in {@code configs/README.md}). Every error is one
 * {@link InvalidInputException} line: file, field (or line, for a syntax error), reason. Relative
 * paths in the file ({@code .m} dataflows, {@code cost_table_csv}) are resolved against its directory.
 */
public final class SystemYamlReader {
    private static final String H2H_RELEASE = "h2h-release";

    private final Path directory;

    private SystemYamlReader(Path directory) {
        this.directory = directory;
    }

    public static SystemFile read(Path file) {
        return read(YamlFiles.read(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** The system alone, for callers that have no table accelerators. */
    public static SystemSpec readSystem(Path file) {
        return read(file).system();
    }

    /** Reads YAML text; {@code fileName} names it in errors, {@code directory} anchors its relative paths. */
    public static SystemFile parse(String text, String fileName, Path directory) {
        return read(YamlFiles.parse(text, fileName), fileName, directory);
    }

    private static SystemFile read(YamlMap root, String fileName, Path directory) {
        try {
            return new SystemYamlReader(directory).system(root);
        } catch (InvalidInputException e) {
            throw e.in(fileName);
        }
    }

    private SystemFile system(YamlMap root) {
        String name = root.string("name");
        double hostMemoryBytes = MemorySize.bytes(root, "host_memory");
        ExecutionOptions options =
                root.optionalMap("execution").map(SystemYamlReader::execution).orElse(ExecutionOptions.defaults());
        Optional<Link> defaultLink = root.optionalMap("default_link").map(SystemYamlReader::link);
        Map<String, Link> links = new LinkedHashMap<>();
        List<Accelerator> accelerators = new ArrayList<>();
        for (YamlMap item : root.maps("accelerators")) {
            YamlMap acc = item.renamed("accelerators." + item.string("name"));
            accelerators.add(accelerator(acc));
            Link link = acc.optionalMap("link")
                    .map(SystemYamlReader::link)
                    .orElseGet(() -> defaultLink.orElseThrow(() -> new InvalidInputException(
                            acc.where("link"), "required field is missing (and there is no default_link)")));
            links.put(acc.string("name"), link);
            acc.rejectUnknown();
        }
        List<Interconnect.PairLink> pairs = new ArrayList<>();
        for (YamlMap pair : root.maps("links", List.of())) {
            pairs.add(pairLink(pair, links.keySet()));
        }
        Optional<Path> costTable =
                root.has("cost_table_csv") ? Optional.of(existing(root, "cost_table_csv")) : Optional.empty();
        root.rejectUnknown();
        SystemSpec system =
                new SystemSpec(name, accelerators, new Interconnect(links, pairs, hostMemoryBytes), options);
        return new SystemFile(system, costTable);
    }

    private Accelerator accelerator(YamlMap acc) {
        String name = acc.string("name");
        Set<OpKind> supports = EnumSet.noneOf(OpKind.class);
        for (String kind : acc.strings("supports")) {
            try {
                supports.add(OpKind.parse(kind));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(acc.where("supports"), e.getMessage());
            }
        }
        if (supports.isEmpty()) {
            throw new InvalidInputException(acc.where("supports"), "must list at least one op kind");
        }
        CostSpec cost = cost(acc.map("cost"));
        double localMemoryBytes = MemorySize.bytes(acc, "local_memory");
        double weightShare = acc.nonNegativeNumber("weight_share");
        if (weightShare > 1) {
            throw new InvalidInputException(
                    acc.where("weight_share"), "must be a fraction in [0, 1], got " + weightShare);
        }
        double staticPowerW = acc.nonNegativeNumber("static_power_w");
        double dynamicPowerW = acc.nonNegativeNumber("dynamic_power_w");
        try {
            return new Accelerator(name, supports, cost, localMemoryBytes, weightShare, staticPowerW, dynamicPowerW);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(acc.path(), e.getMessage());
        }
    }

    private CostSpec cost(YamlMap c) {
        try {
            CostSpec spec = costSpec(c);
            c.rejectUnknown();
            return spec;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(c.path(), e.getMessage());
        }
    }

    private CostSpec costSpec(YamlMap c) {
        String model = c.string("model");
        return switch (model) {
            case "maestro" ->
                new MaestroSpec(
                        dataflow(c),
                        c.positiveInteger("num_pes"),
                        c.positiveLong("l1_size_elements"),
                        c.positiveLong("l2_size_elements"),
                        c.positiveLong("noc_bw_elements_per_cycle"),
                        c.positiveLong("offchip_bw_elements_per_cycle"),
                        c.positiveNumber("clock_mhz"),
                        c.positiveNumber("pj_per_mac_energy"));
            case "fpga_tile" ->
                new FpgaTileSpec(
                        c.positiveNumber("throughput_gops"),
                        c.positiveNumber("clock_mhz"),
                        c.positiveInteger("dram_bits_per_cycle"),
                        c.positiveInteger("tm"),
                        c.positiveInteger("tn"),
                        c.positiveInteger("tr"),
                        c.positiveInteger("tc"),
                        c.positiveInteger("tr_in"),
                        c.positiveInteger("tc_in"),
                        c.positiveInteger("element_bits"));
            case "table" ->
                new TableSpec(
                        c.has("area_mm2") ? OptionalDouble.of(c.positiveNumber("area_mm2")) : OptionalDouble.empty());
            default ->
                throw new InvalidInputException(
                        c.where("model"),
                        "unknown cost model '" + model + "' (expected one of maestro, fpga_tile, table)");
        };
    }

    /** A preset name, or a {@code .m} file that must exist (made absolute). */
    private String dataflow(YamlMap c) {
        String dataflow = c.string("dataflow");
        return dataflow.endsWith(".m") ? existing(c, "dataflow").toString() : dataflow;
    }

    private Path existing(YamlMap map, String field) {
        Path path = directory.resolve(map.string(field)).normalize();
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(map.where(field), "file not found: " + path);
        }
        return path;
    }

    private static Link link(YamlMap l) {
        double bandwidth = l.positiveNumber("bandwidth_gbps");
        if (!Link.validBandwidth(bandwidth)) {
            throw new InvalidInputException(l.where("bandwidth_gbps"), Link.bandwidthError(bandwidth));
        }
        Link link = new Link(bandwidth, l.nonNegativeNumber("energy_pj_per_byte"));
        l.rejectUnknown();
        return link;
    }

    private static Interconnect.PairLink pairLink(YamlMap pair, Set<String> accelerators) {
        List<String> between = pair.strings("between");
        if (between.size() != 2 || between.get(0).equals(between.get(1))) {
            throw new InvalidInputException(
                    pair.where("between"), "expected two different accelerator names, got " + between);
        }
        for (String name : between) {
            if (!accelerators.contains(name)) {
                throw new InvalidInputException(pair.where("between"), "unknown accelerator '" + name + "'");
            }
        }
        return new Interconnect.PairLink(between.get(0), between.get(1), link(pair));
    }

    private static ExecutionOptions execution(YamlMap e) {
        if (e.has("compatibility")) {
            String mode = e.string("compatibility");
            if (!mode.equals(H2H_RELEASE)) {
                throw new InvalidInputException(
                        e.where("compatibility"),
                        "unknown compatibility mode '" + mode + "' (expected " + H2H_RELEASE + ")");
            }
            e.rejectUnknown();
            return ExecutionOptions.h2hRelease();
        }
        ExecutionOptions defaults = ExecutionOptions.defaults();
        ExecutionOptions options = new ExecutionOptions(
                e.choice("activations", ExecutionOptions.Activations.class, defaults.activations()),
                e.choice("overlap", ExecutionOptions.Overlap.class, defaults.overlap()),
                e.choice("energy", ExecutionOptions.Energy.class, defaults.energy()));
        e.rejectUnknown();
        return options;
    }
}
