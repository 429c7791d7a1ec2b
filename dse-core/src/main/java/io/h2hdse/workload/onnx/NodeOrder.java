package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.NodeProto;
import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** The graph's nodes in an order where every input is produced before it is read (Kahn's algorithm; the file's order where it is one). */
final class NodeOrder {
    private NodeOrder() {}

    static List<NodeProto> sort(List<NodeProto> nodes, Set<String> available, String file) {
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String out : nodes.get(i).getOutputList()) {
                if (!out.isEmpty() && producer.putIfAbsent(out, i) != null) {
                    throw new InvalidInputException(
                            file + ": node '" + OnnxNode.name(nodes.get(i)) + "' ("
                                    + nodes.get(i).getOpType() + ")",
                            "tensor '" + out + "' is produced twice");
                }
            }
        }
        int[] waiting = new int[nodes.size()];
        List<List<Integer>> readers = new ArrayList<>();
        nodes.forEach(n -> readers.add(new ArrayList<>()));
        for (int i = 0; i < nodes.size(); i++) {
            for (String in : nodes.get(i).getInputList()) {
                if (in.isEmpty() || available.contains(in)) {
                    continue;
                }
                Integer p = producer.get(in);
                if (p == null) {
                    throw new InvalidInputException(
                            file + ": node '" + OnnxNode.name(nodes.get(i)) + "' ("
                                    + nodes.get(i).getOpType() + ")",
                            "input '" + in + "' is neither a graph input, an initializer nor any node's output");
                }
                readers.get(p).add(i);
                waiting[i]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        List<NodeProto> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order.add(nodes.get(i));
            for (int r : readers.get(i)) {
                if (--waiting[r] == 0) {
                    ready.add(r);
                }
            }
        }
        if (order.size() < nodes.size()) {
            int stuck = 0;
            while (waiting[stuck] == 0) {
                stuck++;
            }
            NodeProto n = nodes.get(stuck);
            throw new InvalidInputException(
                    file + ": node '" + OnnxNode.name(n) + "' (" + n.getOpType() + ")",
                    "the graph has a cycle through this node");
        }
        return order;
    }
}
