package io.h2hdse.cost;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.cost.maestro.MaestroCostModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostModelsTest {
    private static final Path SYSTEMS = Path.of("..", "configs", "systems");

    @Test
    void eachAcceleratorIsCostedByTheModelItsSpecNames() {
        SystemFile file = SystemYamlReader.read(SYSTEMS.resolve("mixed6-medium.yaml"));
        SystemSpec system = file.system();
        CostModels costs = CostModels.withCostTable(file.costTableCsv()).requireProviders(system);
        Workload vgg3 = ModelZoo.build("vgg3");
        Layer layer = vgg3.layer(0);
        var nvdla = system.accelerator(system.indexOf("nvdla_1024"));
        var fpga = system.accelerator(system.indexOf("fpga_vc707"));
        assertEquals(new MaestroCostModel().cost(vgg3, layer, nvdla), costs.cost(vgg3, layer, nvdla));
        assertEquals(new FpgaTileCostModel().cost(vgg3, layer, fpga), costs.cost(vgg3, layer, fpga));
        Problem problem = Problem.compile(vgg3, system, costs);
        assertTrue(problem.computeSeconds(0, system.indexOf("nvdla_1024")) > 0);
    }

    @Test
    void aTableAcceleratorWithoutATableIsNamed() {
        SystemFile file = SystemYamlReader.parse("""
                name: tabled
                host_memory_gib: 1
                default_link: {bandwidth_gbps: 1, energy_pj_per_byte: 0}
                accelerators:
                - {name: measured, supports: [conv], cost: {model: table}, local_memory_mib: 1, weight_share: 0.5, static_power_w: 0, dynamic_power_w: 1}
                """, "tabled.yaml", Path.of("."));
        InvalidInputException error = assertThrows(
                InvalidInputException.class,
                () -> CostModels.of(new MaestroCostModel(), Optional.empty()).requireProviders(file.system()));
        assertEquals(
                "accelerators.measured.cost: a table accelerator needs the system's cost_table_csv",
                error.getMessage());
    }
}
