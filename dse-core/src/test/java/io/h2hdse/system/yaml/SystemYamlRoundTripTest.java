package io.h2hdse.system.yaml;

import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.OpKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SystemYamlRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2h-fpga4-low", "maestro3-medium", "mixed6-high"})
    void bundledSystemReadsBackEqual(String name) {
        SystemSpec system = SystemYamlReader.readSystem(BundledSystemFilesTest.SYSTEMS.resolve(name + ".yaml"));
        assertEquals(
                system,
                SystemYamlReader.parse(SystemYamlWriter.toYaml(system), name + ".yaml", dir)
                        .system());
    }

    @Test
    void tableAcceleratorOddMemoryReleaseModeAndCostTableReadBack() throws IOException {
        Path csv = Files.writeString(dir.resolve("costs.csv"), "layer,accelerator,latency_s,energy_j\n");
        Accelerator gpu = new Accelerator(
                "gpu: \"big\"", Set.of(OpKind.CONV, OpKind.LSTM), new TableSpec(), 1234567.0, 0.3, 0.1, 2.5);
        SystemSpec system = new SystemSpec(
                "s",
                List.of(gpu),
                new Interconnect(Map.of(gpu.name(), new Link(0.3, 0.7)), List.of(), 3 * (double) (1L << 30)),
                ExecutionOptions.h2hRelease());
        SystemFile file = new SystemFile(system, Optional.of(csv));
        assertEquals(file, SystemYamlReader.parse(SystemYamlWriter.toYaml(file), "s.yaml", dir));
    }
}
