package io.h2hdse.workload;

import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A validated DNN workload DAG. Layers are kept in a deterministic topological order: among ready
 * layers the one declared first goes first. Built only through {@link #of}, which rejects duplicate
 * names, dangling edges, cycles and (under {@link ShapeCheck#STRICT}) edges whose shapes disagree.
 */
public final class Workload {
    private final String name;
    private final int elementBits;
    private final List<Layer> layers;
    private final Map<String, Integer> indexByName;
    private final int[][] predecessors;
    private final int[][] successors;

    private Workload(String name, int elementBits, List<Layer> topoLayers) {
        this.name = name;
        this.elementBits = elementBits;
        this.layers = List.copyOf(topoLayers);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            indexByName.put(layers.get(i).name(), i);
        }
        this.predecessors = new int[layers.size()][];
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            succ.add(new ArrayList<>());
        }
        for (int i = 0; i < layers.size(); i++) {
            List<String> inputs = layers.get(i).inputs();
            predecessors[i] = new int[inputs.size()];
            for (int k = 0; k < inputs.size(); k++) {
                int p = indexByName.get(inputs.get(k));
                predecessors[i][k] = p;
                succ.get(p).add(i);
            }
        }
        this.successors = succ.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /** Validates and orders; throws {@link InvalidInputException} naming the layer and field. */
    public static Workload of(String name, int elementBits, List<Layer> declared, ShapeCheck shapeCheck) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "workload name is required");
        }
        if (elementBits <= 0) {
            throw new InvalidInputException("element_bits", "must be positive, got " + elementBits);
        }
        if (declared.isEmpty()) {
            throw new InvalidInputException("layers", "a workload needs at least one layer");
        }
        Map<String, Integer> declaredIndex = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            Layer layer = declared.get(i);
            if (declaredIndex.putIfAbsent(layer.name(), i) != null) {
                throw new InvalidInputException(
                        "layers." + layer.name(), "duplicate layer name '" + layer.name() + "'");
            }
        }
        for (Layer layer : declared) {
            Set<String> seen = new LinkedHashSet<>();
            for (String producer : layer.inputs()) {
                if (!declaredIndex.containsKey(producer)) {
                    throw new InvalidInputException(
                            "layers." + layer.name() + ".inputs", "unknown producer layer '" + producer + "'");
                }
                if (!seen.add(producer)) {
                    throw new InvalidInputException(
                            "layers." + layer.name() + ".inputs", "producer '" + producer + "' is listed twice");
                }
            }
            try {
                layer.output();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("layers." + layer.name(), e.getMessage());
            }
        }
        List<Layer> ordered = topologicalOrder(declared, declaredIndex);
        if (shapeCheck == ShapeCheck.STRICT) {
            Map<String, Layer> byName = new HashMap<>();
            declared.forEach(l -> byName.put(l.name(), l));
            for (Layer layer : declared) {
                checkEdgeShapes(layer, byName);
            }
        }
        return new Workload(name, elementBits, ordered);
    }

    private static List<Layer> topologicalOrder(List<Layer> declared, Map<String, Integer> declaredIndex) {
        int n = declared.size();
        int[] missing = new int[n];
        List<List<Integer>> consumers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            consumers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (String producer : declared.get(i).inputs()) {
                consumers.get(declaredIndex.get(producer)).add(i);
                missing[i]++;
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (missing[i] == 0) {
                ready.add(i);
            }
        }
        List<Layer> ordered = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            ordered.add(declared.get(i));
            for (int c : consumers.get(i)) {
                if (--missing[c] == 0) {
                    ready.add(c);
                }
            }
        }
        if (ordered.size() < n) {
            throw new InvalidInputException(
                    "layers", "the graph has a cycle through " + cycleDescription(declared, declaredIndex, missing));
        }
        return ordered;
    }

    /** Walks back from a layer still waiting until a layer repeats: that loop is a cycle. */
    private static String cycleDescription(List<Layer> declared, Map<String, Integer> declaredIndex, int[] missing) {
        int start = 0;
        while (missing[start] == 0) {
            start++;
        }
        List<Integer> path = new ArrayList<>();
        int[] position = new int[declared.size()];
        Arrays.fill(position, -1);
        int current = start;
        while (position[current] < 0) {
            position[current] = path.size();
            path.add(current);
            for (String producer : declared.get(current).inputs()) {
                int p = declaredIndex.get(producer);
                if (missing[p] > 0) {
                    current = p;
                    break;
                }
            }
        }
        // path[k + 1] produces path[k], and current produces the last one: read it backwards for edge order
        List<String> loop = new ArrayList<>();
        loop.add(declared.get(current).name());
        for (int k = path.size() - 1; k >= position[current]; k--) {
            loop.add(declared.get(path.get(k)).name());
        }
        return String.join(" -> ", loop);
    }

    private static void checkEdgeShapes(Layer layer, Map<String, Layer> byName) {
        if (layer.inputs().isEmpty()) {
            return;
        }
        String where = "layers." + layer.name() + ".input";
        List<Shape> produced =
                layer.inputs().stream().map(p -> byName.get(p).output()).toList();
        Shape in = layer.input();
        if (layer.kind() == OpKind.ELTWISE) {
            for (int k = 0; k < produced.size(); k++) {
                if (!produced.get(k).equals(in)) {
                    throw new InvalidInputException(
                            where,
                            "eltwise input " + in + " differs from producer "
                                    + layer.inputs().get(k) + " output " + produced.get(k));
                }
            }
            return;
        }
        if (produced.size() == 1) {
            if (!produced.get(0).equals(in)) {
                throw new InvalidInputException(
                        where,
                        "shape " + in + " does not match producer "
                                + layer.inputs().get(0) + " output " + produced.get(0));
            }
            return;
        }
        // Several producers of a non-eltwise layer are concatenated along channels.
        int channels = 0;
        for (int k = 0; k < produced.size(); k++) {
            Shape p = produced.get(k);
            if (!p.sameSpatial(in)) {
                throw new InvalidInputException(
                        where,
                        "shape " + in + " does not match the spatial size of producer "
                                + layer.inputs().get(k) + " output " + p);
            }
            channels += p.channels();
        }
        if (channels != in.channels()) {
            throw new InvalidInputException(
                    where, "concatenated producers give " + channels + " channels, layer expects " + in.channels());
        }
    }

    public String name() {
        return name;
    }

    /** Bits of one weight or activation element. */
    public int elementBits() {
        return elementBits;
    }

    /** Layers in topological order; a layer's index in this list is its id everywhere downstream. */
    public List<Layer> layers() {
        return layers;
    }

    public int size() {
        return layers.size();
    }

    public Layer layer(int index) {
        return layers.get(index);
    }

    public int indexOf(String layerName) {
        Integer index = indexByName.get(layerName);
        if (index == null) {
            throw new IllegalArgumentException("no layer named '" + layerName + "' in workload " + name);
        }
        return index;
    }

    public boolean contains(String layerName) {
        return indexByName.containsKey(layerName);
    }

    /** Producers of a layer, by index, in the order of its {@code inputs}. */
    public int[] predecessors(int index) {
        return predecessors[index].clone();
    }

    /** Consumers of a layer, by index, in topological order. */
    public int[] successors(int index) {
        return successors[index].clone();
    }

    public List<String> branches() {
        return layers.stream()
                .map(Layer::branch)
                .filter(b -> !b.isEmpty())
                .distinct()
                .toList();
    }

    public List<String> tasks() {
        return layers.stream()
                .map(Layer::task)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    public long totalMacs() {
        return layers.stream().mapToLong(Layer::macs).sum();
    }

    public long totalWeightElements() {
        return layers.stream().mapToLong(Layer::weightElements).sum();
    }
}
