package io.h2hdse.h2hcase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.h2hcase.ReferenceCase.Edge;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code h2h-ref-case/1} file (see the reference's FORMAT.md). A release CNN layer (M, N, R,
 * C, K) becomes a stride-2 convolution on an N × 2R × 2C input whose padding gives an R × C output:
 * the release charges an input of N·2R·2C elements whatever the layer's own stride and padding.
 * Every error is an {@link InvalidInputException} naming the file and the field.
 */
public final class ReferenceCaseReader {
    public static final String FORMAT = "h2h-ref-case/1";

    private ReferenceCaseReader() {}

    public static ReferenceCase read(Path file) {
        String text = TextFiles.read(file, "case file (JSON)");
        try {
            return parse(new ObjectMapper().readTree(text));
        } catch (InvalidInputException e) {
            throw e.in(file.toString());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file.toString(), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ReferenceCase parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("", "a reference case is a JSON object");
        }
        String format = text(root, "format", "format");
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "expected '" + FORMAT + "', got '" + format + "'");
        }
        String name = text(root, "name", "name");
        List<Accelerator> accelerators = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        int elementBits = readAccelerators(array(root, "accelerators", "accelerators"), accelerators, links);
        SystemSpec system = new SystemSpec(
                name, accelerators, new Interconnect(links, List.of(), 0), ExecutionOptions.h2hRelease());

        List<JsonNode> layerNodes = new ArrayList<>();
        List<String> nodeOrder = new ArrayList<>();
        List<Edge> chainEdges = new ArrayList<>();
        readModalities(array(root, "modalities", "modalities"), layerNodes, nodeOrder, chainEdges);
        List<Edge> edges = readEdges(array(root, "edges", "edges"), new HashSet<>(nodeOrder), chainEdges);

        Map<String, List<String>> inputs = new LinkedHashMap<>();
        nodeOrder.forEach(layer -> inputs.put(layer, new ArrayList<>()));
        edges.forEach(edge -> inputs.get(edge.to()).add(edge.from()));
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < layerNodes.size(); i++) {
            layers.add(layer(layerNodes.get(i), nodeOrder.get(i), inputs.get(nodeOrder.get(i))));
        }
        Workload workload = Workload.of(name, elementBits, layers, ShapeCheck.NONE);
        Optional<ReferenceExpected> expected = root.has("expected")
                ? Optional.of(ReferenceExpectedReader.read(root.get("expected"), root.get("cost_table_s")))
                : Optional.empty();
        return new ReferenceCase(name, workload, system, nodeOrder, edges, expected);
    }

    private static int readAccelerators(JsonNode list, List<Accelerator> accelerators, Map<String, Link> links) {
        if (list.isEmpty()) {
            throw new InvalidInputException("accelerators", "a case needs at least one accelerator");
        }
        int elementBits = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode acc = list.get(i);
            String at = "accelerators[" + i + "]";
            String accName = text(acc, "name", at + ".name");
            String type = text(acc, "type", at + ".type");
            if (!type.equals("CNN")) {
                throw new InvalidInputException(
                        at + ".type",
                        "only CNN accelerators are supported (the release models no other), got '" + type + "'");
            }
            int bits = integer(acc, "Dtype_bits", at);
            if (elementBits != 0 && bits != elementBits) {
                throw new InvalidInputException(
                        at + ".Dtype_bits",
                        "all accelerators must share one data width, got " + bits + " and " + elementBits);
            }
            elementBits = bits;
            try {
                FpgaTileSpec spec = new FpgaTileSpec(
                        number(acc, "Th_GOPs", at),
                        number(acc, "Facc_MHz", at),
                        integer(acc, "Bandwidth_bits_per_cycle", at),
                        integer(acc, "Tm", at),
                        integer(acc, "Tn", at),
                        integer(acc, "Tr", at),
                        integer(acc, "Tc", at),
                        integer(acc, "Tr_", at),
                        integer(acc, "Tc_", at),
                        bits);
                accelerators.add(new Accelerator(
                        accName,
                        EnumSet.of(OpKind.CONV),
                        spec,
                        number(acc, "S_mem_GB", at) * 1e9,
                        number(acc, "R_wei", at),
                        0,
                        number(acc, "power_W", at)));
                links.put(accName, new Link(number(acc, "W_mem_GBps", at), 0));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(at, e.getMessage());
            }
        }
        return elementBits;
    }

    private static void readModalities(
            JsonNode list, List<JsonNode> layerNodes, List<String> nodeOrder, List<Edge> chainEdges) {
        Set<Integer> ids = new HashSet<>();
        for (int m = 0; m < list.size(); m++) {
            String at = "modalities[" + m + "]";
            int id = integer(list.get(m), "id", at);
            if (!ids.add(id)) {
                throw new InvalidInputException(at + ".id", "duplicate modality id " + id);
            }
            JsonNode layers = array(list.get(m), "layers", at + ".layers");
            for (int i = 0; i < layers.size(); i++) {
                String lat = at + ".layers[" + i + "]";
                JsonNode layer = layers.get(i);
                String expectedName = "M" + id + "L" + (i + 1);
                String layerName = text(layer, "name", lat + ".name");
                if (!layerName.equals(expectedName)
                        || integer(layer, "modality", lat) != id
                        || integer(layer, "index", lat) != i + 1) {
                    throw new InvalidInputException(
                            lat + ".name",
                            "layer " + (i + 1) + " of modality " + id + " must be named " + expectedName
                                    + " with matching modality and index, got " + layerName);
                }
                if (i > 0) {
                    chainEdges.add(new Edge(nodeOrder.getLast(), layerName));
                }
                layerNodes.add(layer);
                nodeOrder.add(layerName);
            }
        }
        if (nodeOrder.isEmpty()) {
            throw new InvalidInputException("modalities", "a case needs at least one layer");
        }
    }

    /** Chain edges are the release's own, from the modality order; the file must list exactly those, plus fusions. */
    private static List<Edge> readEdges(JsonNode list, Set<String> layers, List<Edge> chainEdges) {
        Set<Edge> chains = new HashSet<>(chainEdges);
        Set<Edge> seen = new HashSet<>();
        List<Edge> fusions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "edges[" + i + "]";
            Edge edge = new Edge(text(list.get(i), "from", at + ".from"), text(list.get(i), "to", at + ".to"));
            String kind = text(list.get(i), "kind", at + ".kind");
            for (String end : List.of(edge.from(), edge.to())) {
                if (!layers.contains(end)) {
                    throw new InvalidInputException(at, "unknown layer '" + end + "'");
                }
            }
            if (!seen.add(edge)) {
                throw new InvalidInputException(at, "duplicate edge " + edge.from() + " -> " + edge.to());
            }
            switch (kind) {
                case "chain" -> {
                    if (!chains.contains(edge)) {
                        throw new InvalidInputException(at, edge.from() + " -> " + edge.to() + " is not a chain edge");
                    }
                }
                case "fusion" -> {
                    if (chains.contains(edge)) {
                        throw new InvalidInputException(
                                at, edge.from() + " -> " + edge.to() + " is a chain edge, not a fusion");
                    }
                    fusions.add(edge);
                }
                default ->
                    throw new InvalidInputException(at + ".kind", "expected 'chain' or 'fusion', got '" + kind + "'");
            }
        }
        for (Edge chain : chainEdges) {
            if (!seen.contains(chain)) {
                throw new InvalidInputException(
                        "edges", "chain edge " + chain.from() + " -> " + chain.to() + " is missing");
            }
        }
        List<Edge> ordered = new ArrayList<>(chainEdges);
        ordered.addAll(fusions);
        return ordered;
    }

    private static Layer layer(JsonNode node, String name, List<String> inputs) {
        String at = "layers." + name;
        String type = text(node, "type", at + ".type");
        if (!type.equals("CNN")) {
            throw new InvalidInputException(
                    at + ".type",
                    "only CNN layers are supported (the release models no other accelerator), got '" + type + "'");
        }
        int m = integer(node, "M", at);
        int n = integer(node, "N", at);
        int r = integer(node, "R", at);
        int c = integer(node, "C", at);
        int k = integer(node, "K", at);
        try {
            // Stride 2 with padding (K-1)/2 maps 2R×2C to exactly R×C for odd and even K.
            return new Layer(
                    name,
                    Conv.square(m, k, 2, (k - 1) / 2),
                    new Shape(n, 2 * r, 2 * c),
                    inputs,
                    name.substring(0, name.indexOf('L')),
                    "");
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at, e.getMessage());
        }
    }

    static JsonNode field(JsonNode node, String field, String where) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInputException(where, "missing field '" + field + "'");
        }
        return value;
    }

    static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isArray()) {
            throw new InvalidInputException(where, "must be a list");
        }
        return value;
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where);
        if (!value.isTextual()) {
            throw new InvalidInputException(where, "must be a string");
        }
        return value.textValue();
    }

    static double number(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where + "." + field);
        if (!value.isNumber()) {
            throw new InvalidInputException(where + "." + field, "must be a number");
        }
        return value.doubleValue();
    }

    static int integer(JsonNode node, String field, String where) {
        JsonNode value = field(node, field, where + "." + field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidInputException(where + "." + field, "must be an integer");
        }
        return value.intValue();
    }
}
