package io.h2hdse.cost.table;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostTableModelTest {
    private static final Workload TWO_CONVS = Workload.of(
            "two",
            8,
            List.of(
                    new Layer("c1", Conv.square(4, 3, 1, 1), Shape.of(3, 8, 8), List.of()),
                    new Layer("c2", Conv.square(4, 3, 1, 1), Shape.of(4, 8, 8), List.of("c1"))),
            ShapeCheck.STRICT);
    private static final Accelerator GPU = accelerator("gpu");
    private static final Accelerator DSP = accelerator("dsp");

    @TempDir
    Path dir;

    private static Accelerator accelerator(String name) {
        return new Accelerator(name, Set.of(OpKind.CONV), new TableSpec(), 1e6, 0.5, 0, 1);
    }

    @Test
    void readsCostsInAnyColumnOrderWithCommentsAndExtraColumns() throws IOException {
        CostTableModel table = CostTableModel.read(write("""
                # measured on the bench
                accelerator,layer,energy_j,latency_s,note
                gpu,c1,0.002,1.5e-3,warm
                gpu,c2,0.004,0.003,

                dsp,c1,0.001,0.01,slow
                """));
        assertEquals(3, table.size());
        assertEquals(new LayerCost(1.5e-3, 0.002), table.cost(TWO_CONVS, TWO_CONVS.layer(0), GPU));
        assertEquals(new LayerCost(0.01, 0.001), table.cost(TWO_CONVS, TWO_CONVS.layer(0), DSP));
    }

    @Test
    void missingPairNamesLayerAndAccelerator() throws IOException {
        CostTableModel table =
                CostTableModel.read(write("layer,accelerator,latency_s,energy_j\ngpu_only,gpu,1,1\nc1,gpu,1,1\n"));
        String message = assertThrows(InvalidInputException.class, () -> table.cost(TWO_CONVS, TWO_CONVS.layer(1), DSP))
                .getMessage();
        assertContains(message, "costs.csv", "no row for layer 'c2' on accelerator 'dsp'");
    }

    @Test
    void completenessIsCheckedForTableAcceleratorsOnly() throws IOException {
        CostTableModel table = CostTableModel.read(
                write("layer,accelerator,latency_s,energy_j\nc1,gpu,1,1\nc2,gpu,1,1\nc1,dsp,1,1\n"));
        Interconnect net = new Interconnect(Map.of("gpu", new Link(1, 1), "dsp", new Link(1, 1)), List.of(), 0);
        SystemSpec gpuOnly = new SystemSpec(
                "g",
                List.of(GPU),
                new Interconnect(Map.of("gpu", new Link(1, 1)), List.of(), 0),
                ExecutionOptions.defaults());
        table.requireComplete(TWO_CONVS, gpuOnly);
        SystemSpec both = new SystemSpec("b", List.of(GPU, DSP), net, ExecutionOptions.defaults());
        String message = assertThrows(InvalidInputException.class, () -> table.requireComplete(TWO_CONVS, both))
                .getMessage();
        assertContains(message, "costs.csv", "layer 'c2'", "accelerator 'dsp'");
    }

    @Test
    void notANumberNamesFileLineAndColumn() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s,energy_j\nc1,gpu,1,1\n# comment\nc2,gpu,fast,1\n"),
                "costs.csv: line 4",
                "latency_s is not a number: 'fast'");
    }

    @Test
    void wrongFieldCount() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s,energy_j\nc1,gpu,1\n"),
                "costs.csv: line 2",
                "expected 4 fields, got 3");
    }

    @Test
    void negativeLatency() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s,energy_j\nc1,gpu,-1,1\n"),
                "costs.csv: line 2",
                "non-negative",
                "-1.0");
    }

    @Test
    void missingColumn() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s\nc1,gpu,1\n"), "costs.csv: line 1", "missing column 'energy_j'");
    }

    @Test
    void duplicatePair() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s,energy_j\nc1,gpu,1,1\nc1,gpu,2,2\n"),
                "costs.csv: line 3",
                "layer 'c1' on accelerator 'gpu' is already given at line 2");
    }

    @Test
    void emptyName() throws IOException {
        assertContains(
                errorOf("layer,accelerator,latency_s,energy_j\n,gpu,1,1\n"), "costs.csv: line 2", "layer is empty");
    }

    @Test
    void missingFile() {
        String message = assertThrows(InvalidInputException.class, () -> CostTableModel.read(dir.resolve("none.csv")))
                .getMessage();
        assertContains(message, "none.csv", "file not found");
    }

    private Path write(String csv) throws IOException {
        Path file = dir.resolve("costs.csv");
        Files.writeString(file, csv);
        return file;
    }

    private String errorOf(String csv) throws IOException {
        Path file = write(csv);
        return assertThrows(InvalidInputException.class, () -> CostTableModel.read(file))
                .getMessage();
    }

    private static void assertContains(String message, String... parts) {
        assertFalse(message.contains("\n"), "one line: " + message);
        for (String part : parts) {
            assertTrue(message.contains(part), "'" + part + "' missing in: " + message);
        }
    }

    @Test
    void aValueSoLargeThatSumsOverflowIsRefusedNamingItsRow() throws IOException {
        Path csv = write("""
                layer,accelerator,latency_s,energy_j
                c1,gpu,0.001,0.002
                c2,gpu,1e308,0.004
                """);
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> CostTableModel.read(csv));
        assertEquals(
                csv
                        + ": line 3: latency_s 1e308 is too large (at most 1e30: a model's latency and energy add up many of them "
                        + "and must stay finite)",
                error.getMessage());
    }
}
