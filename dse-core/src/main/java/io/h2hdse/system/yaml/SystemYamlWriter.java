package io.h2hdse.system.yaml;

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

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a system as a system file that {@link SystemYamlReader} reads back to an equal
 * {@link SystemSpec}: every accelerator with its own link, memory in the largest unit that divides
 * it (GB, GiB, else MiB: division by a power of two is exact, so the bytes come back unchanged).
 */
public final class SystemYamlWriter {
    private static final double GB = 1e9;
    private static final double GIB = 1L << 30;
    private static final double MIB = 1L << 20;

    private SystemYamlWriter() {}

    public static String toYaml(SystemSpec system) {
        return toYaml(new SystemFile(system, Optional.empty()));
    }

    public static String toYaml(SystemFile file) {
        SystemSpec system = file.system();
        StringBuilder out = new StringBuilder();
        out.append("name: ").append(text(system.name())).append('\n');
        out.append(memory("host_memory", system.interconnect().hostMemoryBytes()))
                .append('\n');
        out.append("execution: ").append(execution(system.options())).append('\n');
        file.costTableCsv()
                .ifPresent(p -> out.append("cost_table_csv: ")
                        .append(text(p.toString()))
                        .append('\n'));
        out.append("accelerators:\n");
        for (Accelerator acc : system.accelerators()) {
            out.append("  - name: ").append(text(acc.name())).append('\n');
            out.append("    supports: ")
                    .append(acc.supports().stream()
                            .sorted()
                            .map(OpKind::yamlName)
                            .collect(Collectors.joining(", ", "[", "]")))
                    .append('\n');
            out.append("    cost: ").append(cost(acc.cost())).append('\n');
            out.append("    ")
                    .append(memory("local_memory", acc.localMemoryBytes()))
                    .append('\n');
            out.append("    weight_share: ").append(number(acc.weightShare())).append('\n');
            out.append("    static_power_w: ")
                    .append(number(acc.staticPowerW()))
                    .append('\n');
            out.append("    dynamic_power_w: ")
                    .append(number(acc.dynamicPowerW()))
                    .append('\n');
            out.append("    link: ")
                    .append(link(system.interconnect().hostLink(acc.name())))
                    .append('\n');
        }
        if (!system.interconnect().overrides().isEmpty()) {
            out.append("links:\n");
            for (Interconnect.PairLink pair : system.interconnect().overrides()) {
                Link link = pair.link();
                out.append("  - {between: [")
                        .append(text(pair.a()))
                        .append(", ")
                        .append(text(pair.b()))
                        .append("], bandwidth_gbps: ")
                        .append(number(link.bandwidthGBps()))
                        .append(", energy_pj_per_byte: ")
                        .append(number(link.energyPjPerByte()))
                        .append("}\n");
            }
        }
        return out.toString();
    }

    private static String execution(ExecutionOptions options) {
        if (options.equals(ExecutionOptions.h2hRelease())) {
            return "{compatibility: h2h-release}";
        }
        return "{activations: " + YamlMap.yamlName(options.activations()) + ", overlap: "
                + YamlMap.yamlName(options.overlap()) + ", energy: " + YamlMap.yamlName(options.energy()) + "}";
    }

    private static String cost(CostSpec cost) {
        return switch (cost) {
            case MaestroSpec m ->
                "{model: maestro, dataflow: " + text(m.dataflow()) + ", num_pes: " + m.numPes()
                        + ", l1_size_elements: " + m.l1SizeBytes() + ", l2_size_elements: " + m.l2SizeBytes()
                        + ", noc_bw_elements_per_cycle: " + m.nocBandwidth() + ", offchip_bw_elements_per_cycle: "
                        + m.offchipBandwidth()
                        + ", clock_mhz: " + number(m.clockMhz()) + ", pj_per_mac_energy: " + number(m.pjPerMacEnergy())
                        + "}";
            case FpgaTileSpec f ->
                "{model: fpga_tile, throughput_gops: " + number(f.throughputGops()) + ", clock_mhz: "
                        + number(f.clockMhz())
                        + ", dram_bits_per_cycle: " + f.dramBitsPerCycle() + ", tm: " + f.tm() + ", tn: " + f.tn()
                        + ", tr: " + f.tr()
                        + ", tc: " + f.tc() + ", tr_in: " + f.trIn() + ", tc_in: " + f.tcIn() + ", element_bits: "
                        + f.elementBits() + "}";
            case TableSpec t ->
                t.areaMm2().isPresent()
                        ? "{model: table, area_mm2: " + number(t.areaMm2().getAsDouble()) + "}"
                        : "{model: table}";
        };
    }

    private static String link(Link link) {
        return "{bandwidth_gbps: " + number(link.bandwidthGBps()) + ", energy_pj_per_byte: "
                + number(link.energyPjPerByte()) + "}";
    }

    private static String memory(String base, double bytes) {
        if (bytes % GB == 0) {
            return base + "_gb: " + number(bytes / GB);
        }
        return bytes % GIB == 0 ? base + "_gib: " + number(bytes / GIB) : base + "_mib: " + number(bytes / MIB);
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Double-quoted, so that names and paths with YAML's special characters read back unchanged. */
    private static String text(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
