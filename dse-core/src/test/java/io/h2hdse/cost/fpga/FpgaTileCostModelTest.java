package io.h2hdse.cost.fpga;

import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.h2hcase.ReferenceCases;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FpgaTileCostModelTest {
    static Stream<Path> cases() {
        return ReferenceCases.files();
    }

    /** The release's latency with no network transfer is L_onchip alone: it must agree to the last bit. */
    @ParameterizedTest
    @MethodSource("cases")
    void onChipLatencyEqualsTheReleaseTableBitForBit(Path file) {
        ReferenceCase c = ReferenceCaseReader.read(file);
        var table = c.expected().orElseThrow().costTable();
        FpgaTileCostModel model = new FpgaTileCostModel();
        int checked = 0;
        for (Accelerator acc : c.system().accelerators()) {
            for (Layer layer : c.workload().layers()) {
                double expected = table.get(acc.name()).get(layer.name()).get("W0I0O0");
                var cost = model.cost(c.workload(), layer, acc);
                assertEquals(expected, cost.seconds(), 0.0, acc.name() + " " + layer.name());
                assertEquals(acc.dynamicPowerW() * expected, cost.joules(), 0.0);
                checked++;
            }
        }
        assertTrue(checked > 0);
    }

    /**
     * By hand, release accelerator cnn_acc_1 (Th 61.62, 100 MHz, 512 bit/cycle, Tm 64, Tn 7, Tr = Tc = Tr_ = Tc_ = 13,
     * 32 bit) on M=64, N=32, R=C=28, K=3: DRAM 5.12e10 bit/s; per tile compute 2·13·13·64·9·7/1e9/61.62 s,
     * weights 64·7·9·32/5.12e10 s, input 7·13·13·32/5.12e10 s, output 64·13·13·32/5.12e10 s;
     * tiles ceil(28/13)² · ceil(64/64) = 9, input rounds ceil(32/7) = 5.
     */
    @Test
    void handComputedConvolution() {
        ReferenceCase c = ReferenceCaseReader.read(ReferenceCases.directory().resolve("a_tiny_2acc.json"));
        Accelerator vc707 = c.system().accelerator(0);
        Layer m1l2 = c.workload().layer(c.workload().indexOf("M1L2"));
        double compute = 2.0 * 13 * 13 * 64 * 9 * 7 / 1e9 / 61.62;
        double in = 64.0 * 7 * 9 * 32 / 5.12e10 + 7.0 * 13 * 13 * 32 / 5.12e10;
        double out = 64.0 * 13 * 13 * 32 / 5.12e10;
        double expected = 9 * (5 * (in + compute) + out);
        assertEquals(
                expected,
                new FpgaTileCostModel().cost(c.workload(), m1l2, vc707).seconds(),
                1e-15);
    }

    /** A dilated convolution costs what the dense one with the same output, channels and kernel costs. */
    @Test
    void dilatedConvolutionCostsAsTheDenseOneWithTheSameOutput() {
        ReferenceCase c = ReferenceCaseReader.read(ReferenceCases.directory().resolve("a_tiny_2acc.json"));
        Accelerator vc707 = c.system().accelerator(0);
        // 3x3 at dilation 2, padding 2 and the dense 3x3 at padding 1 both map 32x28x28 to 64x28x28
        Layer dilated = new Layer("atrous", new Conv(64, 3, 3, 1, 1, 2, 2, 2, 1), new Shape(32, 28, 28), List.of());
        Layer dense = new Layer("dense", Conv.square(64, 3, 1, 1), new Shape(32, 28, 28), List.of());
        Workload w = Workload.of("d", 32, List.of(dilated, dense), ShapeCheck.NONE);
        FpgaTileCostModel model = new FpgaTileCostModel();
        assertTrue(model.canCost(dilated, vc707));
        assertEquals(dense.macs(), dilated.macs());
        assertEquals(model.cost(w, dense, vc707), model.cost(w, dilated, vc707));
    }

    @Test
    void refusesLayersItDoesNotModel() {
        ReferenceCase c = ReferenceCaseReader.read(ReferenceCases.directory().resolve("a_tiny_2acc.json"));
        Layer fc = new Layer("head", new FullyConnected(10), new Shape(64, 1, 1), List.of());
        Workload w = Workload.of("fc", 32, List.of(fc), ShapeCheck.NONE);
        var e = assertThrows(
                InvalidInputException.class,
                () -> new FpgaTileCostModel().cost(w, fc, c.system().accelerator(0)));
        assertTrue(e.getMessage().contains("head"), e.getMessage());
    }
}
