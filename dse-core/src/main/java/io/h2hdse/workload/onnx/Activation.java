package io.h2hdse.workload.onnx;

import java.util.List;

/**
 * A tensor computed at run time from the graph inputs. {@code layers} are the workload layers whose
 * outputs it is (a reshape, a transpose or a fused activation leaves them unchanged), {@code hostInputs}
 * the graph inputs it is read from directly, before any layer.
 */
record Activation(long[] dims, List<String> layers, List<String> hostInputs) implements Value {
    Activation {
        layers = List.copyOf(layers);
        hostInputs = List.copyOf(hostInputs);
    }

    /** The same producers under other dims: what a reshape or an element-wise activation gives. */
    Activation withDims(long[] newDims) {
        return new Activation(newDims, layers, hostInputs);
    }

    boolean sameSource(Activation other) {
        return layers.equals(other.layers) && hostInputs.equals(other.hostInputs);
    }
}
