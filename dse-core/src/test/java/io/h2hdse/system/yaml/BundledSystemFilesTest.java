package io.h2hdse.system.yaml;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.eval.Compatibility;
import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.Link;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledSystemFilesTest {
    static final Path SYSTEMS = Path.of("..", "configs", "systems");

    /**
     * Op-kind compatibility: the FPGA-only systems take the purely convolutional zoo model (vgg3);
     * the MAESTRO and mixed systems take every zoo model.
     */
    @Test
    void everyBundledFileLoadsAndTakesTheZooModelsItsAcceleratorsRun() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SYSTEMS)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(9, files.size(), "bundled systems: " + files);
        for (Path file : files) {
            SystemSpec system = SystemYamlReader.readSystem(file);
            assertEquals(file.getFileName().toString().replace(".yaml", ""), system.name());
            List<String> compatible = ModelZoo.names().stream()
                    .filter(model -> runs(system, model))
                    .toList();
            assertEquals(
                    system.name().startsWith("h2h-fpga4") ? List.of("vgg3") : ModelZoo.names(),
                    compatible,
                    system.name());
        }
    }

    /** Low, medium and high differ only in the accelerators' link bandwidth: 0.5, 1.25 and 5 GB/s. */
    @ParameterizedTest
    @ValueSource(strings = {"h2h-fpga4", "maestro3", "mixed6"})
    void bandwidthVariantsDifferOnlyInLinkBandwidth(String family) {
        SystemSpec medium = load(family + "-medium");
        double[] gbps = {0.5, 1.25, 5};
        String[] levels = {"low", "medium", "high"};
        for (int i = 0; i < levels.length; i++) {
            SystemSpec variant = load(family + "-" + levels[i]);
            assertEquals(medium.accelerators(), variant.accelerators());
            assertEquals(medium.options(), variant.options());
            assertEquals(
                    medium.interconnect().overrides(), variant.interconnect().overrides());
            for (Accelerator acc : variant.accelerators()) {
                assertEquals(
                        gbps[i], variant.interconnect().hostLink(acc.name()).bandwidthGBps());
            }
        }
    }

    @Test
    void h2hSystemCarriesTheReleaseBoardParameters() {
        SystemSpec h2h = load("h2h-fpga4-medium");
        assertEquals(
                List.of("vc707", "arria10_gx1150", "zcu102", "zc706"),
                h2h.accelerators().stream().map(Accelerator::name).toList());
        Accelerator vc707 = h2h.accelerator(0);
        assertEquals(new FpgaTileSpec(61.62, 100, 512, 64, 7, 13, 13, 13, 13, 32), vc707.cost());
        assertEquals(1e9, vc707.localMemoryBytes());
        assertEquals(0.5e9, vc707.weightCapacityBytes());
        assertEquals(18.61, vc707.dynamicPowerW());
        assertEquals(
                new ExecutionOptions(
                        ExecutionOptions.Activations.BACK_TO_BACK,
                        ExecutionOptions.Overlap.NONE,
                        ExecutionOptions.Energy.BUSY_POWER),
                h2h.options());
    }

    @Test
    void maestroSystemHasOneAcceleratorPerDataflow() {
        SystemSpec maestro = load("maestro3-low");
        assertEquals(
                List.of("kcp_ws", "yxp_os", "rs"),
                maestro.accelerators().stream()
                        .map(a -> ((MaestroSpec) a.cost()).dataflow())
                        .toList());
        assertEquals(512L * (1 << 20), maestro.accelerator(0).localMemoryBytes());
    }

    @Test
    void mixedSystemHasBothModelKindsAndADirectLink() {
        SystemSpec mixed = load("mixed6-high");
        assertEquals(6, mixed.size());
        assertTrue(mixed.accelerators().stream().anyMatch(a -> a.cost() instanceof FpgaTileSpec));
        assertEquals(new Link(25, 2), mixed.interconnect().between("nvdla_64", "nvdla_1024"));
        assertEquals(new Link(5, 48), mixed.interconnect().between("eyeriss", "shidiannao"));
    }

    private static boolean runs(SystemSpec system, String model) {
        try {
            Compatibility.require(system, ModelZoo.build(model));
            Problem.compile(ModelZoo.build(model), system, (w, layer, acc) -> new LayerCost(1, 1));
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static SystemSpec load(String name) {
        return SystemYamlReader.readSystem(SYSTEMS.resolve(name + ".yaml"));
    }
}
