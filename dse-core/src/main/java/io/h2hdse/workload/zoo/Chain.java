package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Concat;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Eltwise;
import io.h2hdse.workload.FullyConnected;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Op;
import io.h2hdse.workload.Pool;
import io.h2hdse.workload.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain of layers appended one after another, so a model definition reads like its
 * architecture: {@code s.conv("conv1", 64, 7, 2).maxPool("pool", 3, 2, 1)}. Every layer it adds
 * carries the chain's branch and task labels and its name prefix. Batch norm and activation
 * functions are folded into the preceding layer, so they never appear.
 */
final class Chain {
    private final NetBuilder net;
    private final String branch;
    private final String task;
    private final String prefix;
    private Activation head;

    Chain(NetBuilder net, String branch, String task, String prefix, Activation head) {
        this.net = net;
        this.branch = branch;
        this.task = task;
        this.prefix = prefix;
        this.head = head;
    }

    /** The last output of this chain. */
    Activation head() {
        return head;
    }

    /** Another chain with the same labels starting at {@code tensor} (a side path such as a shortcut). */
    Chain at(Activation tensor) {
        return new Chain(net, branch, task, prefix, tensor);
    }

    /** A chain continuing from this one's head with other labels and name prefix. */
    Chain fork(String newBranch, String newTask, String newPrefix) {
        return new Chain(net, newBranch, newTask, newPrefix, head);
    }

    /** A square convolution with "same" padding ({@code kernel / 2}). */
    Chain conv(String name, int outChannels, int kernel, int stride) {
        return apply(name, Conv.square(outChannels, kernel, stride, kernel / 2));
    }

    /** A grouped square convolution with "same" padding. */
    Chain groupedConv(String name, int outChannels, int kernel, int stride, int groups) {
        return apply(name, Conv.square(outChannels, kernel, stride, kernel / 2).withGroups(groups));
    }

    Chain depthwise(String name, int kernel, int stride) {
        return apply(name, Conv.depthwise(head.shape().channels(), kernel, stride, kernel / 2));
    }

    Chain maxPool(String name, int kernel, int stride, int padding) {
        return apply(name, new Pool(Pool.Mode.MAX, kernel, stride, padding));
    }

    /** Average pooling over the whole (square) feature map, down to 1×1. */
    Chain globalAvgPool(String name) {
        Shape in = head.shape();
        if (in.height() != in.width()) {
            throw new IllegalStateException("global pooling expects a square map, got " + in);
        }
        return apply(name, new Pool(Pool.Mode.AVG, in.height(), 1, 0));
    }

    Chain fc(String name, int outFeatures) {
        return apply(name, new FullyConnected(outFeatures));
    }

    /** Residual addition of the head and {@code shortcut}. */
    Chain add(String name, Activation shortcut) {
        return apply(name, new Eltwise(Eltwise.Mode.ADD), shortcut);
    }

    /** Channel concatenation of the head followed by {@code others}, in that order. */
    Chain concat(String name, Activation... others) {
        return apply(name, new Concat(), others);
    }

    /**
     * Appends {@code op} fed by the head and then {@code others}. Several producers of a non-eltwise
     * op are concatenated along channels (the workload's rule), so its input has their summed channels.
     */
    Chain apply(String name, Op op, Activation... others) {
        List<String> inputs = new ArrayList<>(head.producers());
        int channels = head.shape().channels();
        for (Activation other : others) {
            inputs.addAll(other.producers());
            channels += other.shape().channels();
        }
        Shape in = head.shape();
        Shape input = op instanceof Eltwise ? in : new Shape(channels, in.height(), in.width());
        Layer layer = new Layer(prefix + name, op, input, inputs, branch, task);
        net.add(layer);
        head = new Activation(layer.name(), layer.output());
        return this;
    }
}
