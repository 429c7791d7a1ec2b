package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Op;
import io.h2hdse.workload.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The layers found so far, in graph order, with unique names. */
final class Drafts {
    private final Map<String, Draft> drafts = new LinkedHashMap<>();

    /**
     * Adds a layer for {@code node} reading {@code sources}; checks that the op's output holds
     * {@code expectedElements} (what ONNX semantics give) and returns the activation it produces.
     */
    Activation add(
            OnnxNode node,
            String suffix,
            Op op,
            Shape input,
            List<Activation> sources,
            long[] outDims,
            long expectedElements) {
        Shape out;
        try {
            out = op.outputShape(input);
        } catch (IllegalArgumentException e) {
            throw node.fail(e.getMessage());
        }
        if (out.elements() != expectedElements) {
            throw node.fail(
                    "the " + op.kind().yamlName() + " layer gives " + out + ", ONNX gives " + Dims.text(outDims));
        }
        Set<String> inputs = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        for (Activation a : sources) {
            inputs.addAll(a.layers());
            hosts.addAll(a.hostInputs());
        }
        String name = unique(node.name() + suffix);
        drafts.put(name, new Draft(name, op, input, List.copyOf(inputs), List.copyOf(hosts)));
        return new Activation(outDims, List.of(name), List.of());
    }

    private String unique(String base) {
        String name = base;
        for (int k = 2; drafts.containsKey(name); k++) {
            name = base + "#" + k;
        }
        return name;
    }

    List<Draft> all() {
        return new ArrayList<>(drafts.values());
    }

    /** The output shape of a layer found so far. */
    Shape output(String layer) {
        Draft d = drafts.get(layer);
        return d.op().outputShape(d.input());
    }
}
