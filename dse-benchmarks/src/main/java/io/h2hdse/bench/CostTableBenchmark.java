package io.h2hdse.bench;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.maestro.MaestroCostModel;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Op;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cost table a design-space exploration starts from: every layer of a ResNet-50-like network
 * (53 convolutions and the classifier) on three 256-PE MAESTRO accelerators (NVDLA-like kcp_ws,
 * ShiDianNao-like yxp_os, Eyeriss-like rs). {@code coldTable} uses a fresh model, so every distinct
 * (layer shape, dataflow) pair is decomposed and analysed: the cost of building the table once.
 * {@code warmTable} reuses a model that has seen the table, the cost of asking again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CostTableBenchmark {
    private Workload resnet50;
    private List<Accelerator> accelerators;
    private MaestroCostModel warmModel;

    @Setup
    public void setUp() {
        resnet50 = resnet50Convs();
        accelerators = new ArrayList<>();
        for (String dataflow : new String[] {"kcp_ws", "yxp_os", "rs"}) {
            accelerators.add(new Accelerator(
                    dataflow,
                    EnumSet.of(OpKind.CONV, OpKind.FC),
                    new MaestroSpec(dataflow, 256, 512, 131072, 64, 32, 1000, 1.0),
                    8 << 20,
                    0.5,
                    0.1,
                    1.0));
        }
        warmModel = new MaestroCostModel();
        table(warmModel);
    }

    @Benchmark
    public double coldTable() {
        return table(new MaestroCostModel());
    }

    @Benchmark
    public double warmTable() {
        return table(warmModel);
    }

    private double table(MaestroCostModel model) {
        double sum = 0;
        for (Layer layer : resnet50.layers()) {
            for (Accelerator accelerator : accelerators) {
                LayerCost cost = model.cost(resnet50, layer, accelerator);
                sum += cost.seconds() + cost.joules();
            }
        }
        return sum;
    }

    /** ResNet-50's convolutions (bottlenecks with their projection shortcuts) and fc1000, as a chain. */
    static Workload resnet50Convs() {
        List<Layer> layers = new ArrayList<>();
        add(layers, "conv1", Conv.square(64, 7, 2, 3), new Shape(3, 224, 224));
        int channels = 64;
        int size = 56;
        int[] blocks = {3, 4, 6, 3};
        int[] widths = {64, 128, 256, 512};
        for (int stage = 0; stage < 4; stage++) {
            int width = widths[stage];
            for (int block = 0; block < blocks[stage]; block++) {
                String name = "res" + (stage + 2) + (char) ('a' + block);
                int stride = stage > 0 && block == 0 ? 2 : 1;
                int outSize = size / stride;
                if (block == 0) {
                    add(
                            layers,
                            name + "_branch1",
                            Conv.square(4 * width, 1, stride, 0),
                            new Shape(channels, size, size));
                }
                add(layers, name + "_branch2a", Conv.square(width, 1, 1, 0), new Shape(channels, size, size));
                add(layers, name + "_branch2b", Conv.square(width, 3, stride, 1), new Shape(width, size, size));
                add(layers, name + "_branch2c", Conv.square(4 * width, 1, 1, 0), new Shape(width, outSize, outSize));
                channels = 4 * width;
                size = outSize;
            }
        }
        add(layers, "fc1000", new FullyConnected(1000), new Shape(channels, 1, 1));
        return Workload.of("resnet50-convs", 8, layers, ShapeCheck.NONE);
    }

    private static void add(List<Layer> layers, String name, Op op, Shape input) {
        List<String> inputs =
                layers.isEmpty() ? List.of() : List.of(layers.getLast().name());
        layers.add(new Layer(name, op, input, inputs));
    }
}
