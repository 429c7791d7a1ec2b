package io.h2hdse.cli;

import io.h2hdse.input.YamlMap;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.system.yaml.SystemYamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code dse systems}: the system files under the configs directory, one line each. */
@Command(
        name = "systems",
        mixinStandardHelpOptions = true,
        description =
                "List the system files in <configs>/systems: name, accelerators (with their cost model: "
                        + "a MAESTRO dataflow, fpga or table), link bandwidths in GB/s, execution options (activations/overlap/energy) and file.",
        footer = {"", "Example:", "  bin/dse systems --configs configs"})
final class SystemsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigsDir configs;

    @Override
    public Integer call() {
        ConfigFiles.requireDirectory(configs.path);
        TextTable table = new TextTable("name", "accelerators", "link_gbps", "execution", "file");
        for (Path file : ConfigFiles.yamlFiles(configs.path, "systems")) {
            SystemSpec system = SystemYamlReader.readSystem(file);
            table.add(
                    system.name(),
                    accelerators(system),
                    linkBandwidths(system),
                    execution(system.options()),
                    file.toString());
        }
        table.print(spec.commandLine().getOut());
        return Dse.EXIT_OK;
    }

    private static String accelerators(SystemSpec system) {
        return system.size() + ": "
                + system.accelerators().stream()
                        .map(a -> a.name() + "(" + costKind(a) + ")")
                        .collect(Collectors.joining(" "));
    }

    private static String costKind(Accelerator acc) {
        return switch (acc.cost()) {
            case MaestroSpec m ->
                m.dataflow().endsWith(".m")
                        ? Path.of(m.dataflow()).getFileName().toString()
                        : m.dataflow();
            case FpgaTileSpec f -> "fpga";
            case TableSpec t -> "table";
        };
    }

    private static String linkBandwidths(SystemSpec system) {
        return system.accelerators().stream()
                .map(a -> BigDecimal.valueOf(
                                system.interconnect().hostLink(a.name()).bandwidthGBps())
                        .stripTrailingZeros()
                        .toPlainString())
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static String execution(ExecutionOptions options) {
        return YamlMap.yamlName(options.activations()) + "/" + YamlMap.yamlName(options.overlap()) + "/"
                + YamlMap.yamlName(options.energy());
    }
}
