package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layer normalization as exports before opset 17 spell it: {@code d = x - ReduceMean(x)},
 * {@code y = d / Sqrt(ReduceMean(Pow(d, 2)) + eps)}. Found from its first ReduceMean; the whole chain
 * becomes one norm layer.
 */
final class NormPattern {
    private NormPattern() {}

    /** The chain's nodes after the first ReduceMean, the last one (the Div) producing y; empty if {@code mean} starts none. */
    static Optional<List<NodeProto>> match(NodeProto mean, Map<String, List<NodeProto>> consumers) {
        String x = mean.getInput(0);
        NodeProto sub = only(consumers, mean.getOutput(0), "Sub");
        if (sub == null || !sub.getInput(0).equals(x) || !sub.getInput(1).equals(mean.getOutput(0))) {
            return Optional.empty();
        }
        List<NodeProto> uses = consumers.getOrDefault(sub.getOutput(0), List.of());
        NodeProto pow = uses.stream()
                .filter(n -> n.getOpType().equals("Pow"))
                .findFirst()
                .orElse(null);
        NodeProto div = uses.stream()
                .filter(n -> n.getOpType().equals("Div"))
                .findFirst()
                .orElse(null);
        if (uses.size() != 2 || pow == null || div == null || !div.getInput(0).equals(sub.getOutput(0))) {
            return Optional.empty();
        }
        NodeProto variance = only(consumers, pow.getOutput(0), "ReduceMean");
        NodeProto addEps = variance == null ? null : only(consumers, variance.getOutput(0), "Add");
        NodeProto sqrt = addEps == null ? null : only(consumers, addEps.getOutput(0), "Sqrt");
        if (sqrt == null
                || !div.getInput(1).equals(sqrt.getOutput(0))
                || consumers.getOrDefault(sqrt.getOutput(0), List.of()).size() != 1) {
            return Optional.empty();
        }
        return Optional.of(List.of(sub, pow, variance, addEps, sqrt, div));
    }

    /** The single consumer of {@code tensor}, if it is an {@code op}. */
    private static NodeProto only(Map<String, List<NodeProto>> consumers, String tensor, String op) {
        List<NodeProto> uses = consumers.getOrDefault(tensor, List.of());
        return uses.size() == 1 && uses.get(0).getOpType().equals(op) ? uses.get(0) : null;
    }
}
