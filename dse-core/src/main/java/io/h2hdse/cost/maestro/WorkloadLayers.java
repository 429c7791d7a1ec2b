package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Attention;
import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Gru;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Lstm;
import io.h2hdse.workload.MatMul;
import io.h2hdse.workload.Norm;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Resize;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Softmax;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Translates workload layers into MAESTRO work, and MAESTRO layers back into workload layers.
 * MAESTRO has no padding, so a padded convolution is costed on its padded input; FC is a 1x1 CONV on
 * a 1x1 input of all input elements; a grouped (not depthwise) convolution is one group's CONV
 * repeated for every group.
 *
 * <p>LSTM and attention run as GEMMs, written as 1x1 CONVs. An LSTM is one FC per time step, of the
 * step's input and the previous hidden state (I + H) to the four gates (4H): the recurrence keeps the
 * steps sequential and leaves no weight reuse across them. Attention's Q, K, V and output projections
 * are 1x1 CONVs of D to D channels over the T tokens laid along Y, so that the dataflows reuse the
 * weights across tokens; per head, the scores are a CONV of the head's d = D/heads channels to T
 * (one per key) over the T queries, and the context a CONV of the T scores to d channels. The
 * element-wise gate math, the softmax and the scaling are left out: a few operations per activation
 * or score, a small fraction of the MACs. A GRU is an LSTM with three gates; a matmul is a GEMM per
 * batch entry (K to N channels over the M rows). Pool, eltwise, concat, softmax, norm and resize are
 * streamed ({@link StreamedOp}). A dilated convolution is handed over as the dense convolution with
 * the same output, channels and MACs, on the input its kernel spans ({@code (out - 1)·stride + kernel}).
 */
final class WorkloadLayers {
    private WorkloadLayers() {}

    static MaestroWork toMaestro(Layer layer) {
        String name = layer.name();
        Shape in = layer.input();
        return switch (layer.op()) {
            case Conv conv -> {
                int y = paddedInput(
                        in.height(),
                        conv.padH(),
                        layer.output().height(),
                        conv.strideH(),
                        conv.kernelH(),
                        conv.dilation());
                int x = paddedInput(
                        in.width(),
                        conv.padW(),
                        layer.output().width(),
                        conv.strideW(),
                        conv.kernelW(),
                        conv.dilation());
                if (conv.isDepthwise(in)) {
                    yield MappedLayers.of(layer(name, LayerType.DSCONV, 1, in.channels(), conv, y, x), 1);
                }
                int groups = conv.groups();
                yield MappedLayers.of(
                        layer(name, LayerType.CONV, conv.outChannels() / groups, in.channels() / groups, conv, y, x),
                        groups);
            }
            case FullyConnected fc ->
                MappedLayers.of(gemm(name, fc.outFeatures(), Math.toIntExact(in.elements()), 1), 1);
            case MatMul matMul ->
                MappedLayers.of(gemm(name, matMul.outFeatures(), in.channels(), in.height()), in.width());
            case Lstm lstm ->
                MappedLayers.of(gemm(name, 4 * lstm.hiddenSize(), in.channels() + lstm.hiddenSize(), 1), in.height());
            case Gru gru ->
                MappedLayers.of(gemm(name, 3 * gru.hiddenSize(), in.channels() + gru.hiddenSize(), 1), in.height());
            case Attention attention -> attention(name, in.channels(), in.height(), attention.heads());
            case Pool pool -> new StreamedOp(layer.macs(), in.elements(), layer.outputElements(), layer.macs());
            case Eltwise eltwise -> {
                int arity = Math.max(2, layer.inputs().size());
                yield new StreamedOp(
                        (arity - 1) * in.elements(),
                        arity * in.elements(),
                        layer.outputElements(),
                        arity * in.elements());
            }
            case Concat concat -> new StreamedOp(0, in.elements(), layer.outputElements(), in.elements());
            case Softmax softmax -> new StreamedOp(layer.macs(), in.elements(), layer.outputElements(), in.elements());
            case Norm norm -> new StreamedOp(layer.macs(), in.elements(), layer.outputElements(), in.elements());
            case Resize resize -> new StreamedOp(layer.macs(), in.elements(), layer.outputElements(), layer.macs());
        };
    }

    /**
     * The input size MAESTRO sees along one axis: the padded input. A dilated convolution is handed
     * over as the dense one with the same output, channels and MACs (the work of hardware that skips
     * the holes), on the input the dense kernel spans for that output.
     */
    private static int paddedInput(int in, int pad, int out, int stride, int kernel, int dilation) {
        return dilation == 1 ? in + 2 * pad : (out - 1) * stride + kernel;
    }

    private static MappedLayers attention(String name, int modelDim, int tokens, int heads) {
        int headDim = modelDim / heads;
        return new MappedLayers(List.of(
                new MappedLayers.Part(gemm(name + "/projections", modelDim, modelDim, tokens), 4),
                new MappedLayers.Part(gemm(name + "/scores", tokens, headDim, tokens), heads),
                new MappedLayers.Part(gemm(name + "/context", headDim, tokens, tokens), heads)));
    }

    /** {@code rows} rows of a GEMM with {@code c} inputs and {@code k} outputs, as a 1x1 CONV over Y. */
    private static MaestroLayer gemm(String name, int k, int c, int rows) {
        return new MaestroLayer(name, LayerType.CONV, dims(k, c, 1, 1, rows, 1, 1, 1), null);
    }

    private static MaestroLayer layer(String name, LayerType type, int k, int c, Conv conv, int y, int x) {
        try {
            return new MaestroLayer(
                    name, type, dims(k, c, conv.kernelH(), conv.kernelW(), y, x, conv.strideH(), conv.strideW()), null);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("layer " + name, e.getMessage());
        }
    }

    static LayerDims dims(int k, int c, int r, int s, int y, int x, int strideY, int strideX) {
        Map<Dim, Integer> declared = new EnumMap<>(Dim.class);
        declared.put(Dim.K, k);
        declared.put(Dim.C, c);
        declared.put(Dim.R, r);
        declared.put(Dim.S, s);
        declared.put(Dim.Y, y);
        declared.put(Dim.X, x);
        return LayerDims.of(declared, strideY, strideX);
    }

    /** The workload layer a MAESTRO layer describes; a 1x1 CONV on a 1x1 input is an FC layer. */
    static Layer fromMaestro(MaestroLayer layer, List<String> inputs) {
        if (!(layer.type() == LayerType.CONV || layer.type() == LayerType.DSCONV)) {
            throw notAWorkloadLayer(layer);
        }
        LayerDims d = layer.dims();
        String where = "layer " + layer.name();
        if (d.has(Dim.N) && d.size(Dim.N) != 1) {
            throw new InvalidInputException(
                    where, "batch N=" + d.size(Dim.N) + " is not supported in workloads (batch 1)");
        }
        int c = d.size(Dim.C);
        int r = d.size(Dim.R);
        int s = d.size(Dim.S);
        int y = d.size(Dim.Y);
        int x = d.size(Dim.X);
        Shape input = new Shape(c, y, x);
        int strideY = d.stride(Dim.Y);
        int strideX = d.stride(Dim.X);
        return switch (layer.type()) {
            case CONV -> {
                if (r == 1 && s == 1 && y == 1 && x == 1) {
                    yield new Layer(layer.name(), new FullyConnected(d.size(Dim.K)), input, inputs);
                }
                yield new Layer(
                        layer.name(), new Conv(d.size(Dim.K), r, s, strideY, strideX, 0, 0, 1, 1), input, inputs);
            }
            case DSCONV -> new Layer(layer.name(), new Conv(c, r, s, strideY, strideX, 0, 0, 1, c), input, inputs);
            case NGCONV, GEMM -> throw notAWorkloadLayer(layer);
        };
    }

    private static InvalidInputException notAWorkloadLayer(MaestroLayer layer) {
        return new InvalidInputException(
                "layer " + layer.name(),
                "a " + layer.type()
                        + " layer is costed by dse maestro but not read into a workload (write it as a grouped CONV or an FC layer)");
    }
}
