package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Norm;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an ONNX model file into a validated {@link Workload} (rules in the package doc). Every error
 * is one {@link InvalidInputException} line naming the file and, where there is one, the node.
 */
public final class OnnxModelReader {
    /** Element width of imported workloads: the zoo's (8-bit inference). */
    public static final int ELEMENT_BITS = 8;

    private OnnxModelReader() {}

    public static boolean isOnnxFile(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".onnx");
    }

    /** The importer's newest ONNX versions (ONNX 1.19): newer files are read by these rules, with a warning. */
    static final int NEWEST_OPSET = 23;

    static final int NEWEST_IR_VERSION = 11;

    private static final Pattern NUMBERED = Pattern.compile("\\d*");

    /** Reads {@code file}; warnings (see the package doc) go to stderr. */
    public static Workload read(Path file) {
        return read(file, System.err::println);
    }

    /** Reads {@code file}; each warning (see the package doc) is one line, naming the file, given to {@code warnings}. */
    public static Workload read(Path file, Consumer<String> warnings) {
        String where = file.toString();
        ModelProto model;
        try (InputStream in = Files.newInputStream(file)) {
            model = ModelProto.parseFrom(in);
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidInputException(
                    where, "not a readable ONNX model (truncated or not protobuf): " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(where, "cannot read: " + e.getMessage());
        }
        if (model.getIrVersion() <= 0 || !model.hasGraph() || model.getGraph().getNodeCount() == 0) {
            throw new InvalidInputException(where, "not an ONNX model (no IR version or no graph nodes)");
        }
        if (model.getIrVersion() > NEWEST_IR_VERSION) {
            warnings.accept("warning: " + where + ": IR version " + model.getIrVersion()
                    + " is newer than the importer knows (" + NEWEST_IR_VERSION + "); read by its rules");
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.onnx$", "");
        return new OnnxModelReader.Import(model, where, warnings).workload(name);
    }

    /** One import: the tensor table and the layers found, filled node by node. */
    private static final class Import {
        private final GraphProto graph;
        private final String file;
        private final int opset;
        private final Map<String, Value> values = new HashMap<>();
        private final Drafts drafts = new Drafts();
        private final LayerOps layerOps = new LayerOps(drafts);

        private final Consumer<String> warnings;

        Import(ModelProto model, String file, Consumer<String> warnings) {
            this.graph = model.getGraph();
            this.file = file;
            this.warnings = warnings;
            this.opset = model.getOpsetImportList().stream()
                    .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
                    .mapToInt(o -> (int) o.getVersion())
                    .findFirst()
                    .orElseThrow(() ->
                            new InvalidInputException(file, "the model imports no default-domain (ai.onnx) opset"));
            if (opset > NEWEST_OPSET) {
                warnings.accept("warning: " + file + ": opset " + opset + " is newer than the importer knows ("
                        + NEWEST_OPSET + "); its operators are read by their opset-" + NEWEST_OPSET + " definitions");
            }
        }

        Workload workload(String name) {
            for (TensorProto t : graph.getInitializerList()) {
                values.put(t.getName(), TensorData.read(t));
            }
            List<String> inputs = new ArrayList<>();
            for (ValueInfoProto input : graph.getInputList()) {
                if (!values.containsKey(input.getName())) {
                    values.put(input.getName(), new Activation(inputDims(input), List.of(), List.of(input.getName())));
                    inputs.add(input.getName());
                }
            }
            if (inputs.isEmpty()) {
                throw new InvalidInputException(file, "the graph has no input that is not an initializer");
            }
            List<NodeProto> order = NodeOrder.sort(graph.getNodeList(), values.keySet(), file);
            importNodes(order);
            checkValueInfo(order);
            return build(name);
        }

        private long[] inputDims(ValueInfoProto input) {
            String where = file + ": graph input '" + input.getName() + "'";
            if (!input.getType().hasTensorType()
                    || !input.getType().getTensorType().hasShape()) {
                throw new InvalidInputException(where, "has no tensor shape");
            }
            List<TensorShapeProto.Dimension> dims =
                    input.getType().getTensorType().getShape().getDimList();
            long[] out = new long[dims.size()];
            for (int i = 0; i < out.length; i++) {
                TensorShapeProto.Dimension d = dims.get(i);
                if (d.hasDimValue() && d.getDimValue() <= 0) {
                    throw new InvalidInputException(
                            where, "dimension " + i + " must be positive, got " + d.getDimValue());
                } else if (d.hasDimValue()) {
                    out[i] = d.getDimValue();
                } else if (i == 0) {
                    out[i] = 1;
                } else {
                    throw new InvalidInputException(
                            where,
                            "dimension " + i + " is symbolic ('" + d.getDimParam()
                                    + "'); export with fixed sizes (only the batch, dimension 0, may be symbolic: it is taken as 1)");
                }
            }
            return out;
        }

        private void importNodes(List<NodeProto> order) {
            Map<String, List<NodeProto>> consumers = new HashMap<>();
            for (NodeProto n : order) {
                n.getInputList()
                        .forEach(in -> consumers
                                .computeIfAbsent(in, k -> new ArrayList<>())
                                .add(n));
            }
            Set<NodeProto> absorbed = new HashSet<>();
            for (NodeProto proto : order) {
                if (absorbed.contains(proto)) {
                    continue;
                }
                OnnxNode node = new OnnxNode(proto, values, file, opset);
                if (!proto.getDomain().isEmpty() && !proto.getDomain().equals("ai.onnx")) {
                    throw node.fail("operator of domain '" + proto.getDomain() + "' is not supported");
                }
                try {
                    if (!importNode(node, consumers, absorbed)) {
                        throw node.fail("operator not supported yet");
                    }
                } catch (InvalidInputException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // an attribute or input the op's definition does not allow (wrong rank, overflow, missing entry)
                    throw node.fail("malformed attributes or inputs (" + e + ")");
                }
            }
        }

        /** Imports one node (a ReduceMean may take the rest of a layer norm with it); false for an unknown op. */
        private boolean importNode(OnnxNode node, Map<String, List<NodeProto>> consumers, Set<NodeProto> absorbed) {
            if (node.op().equals("ReduceMean") && node.input(0) instanceof Activation x) {
                var chain = NormPattern.match(node.proto(), consumers);
                if (chain.isPresent()) {
                    absorbed.addAll(chain.get());
                    OnnxNode last = new OnnxNode(chain.get().getLast(), values, file, opset);
                    last.set(
                            0,
                            drafts.add(
                                    node,
                                    "",
                                    new Norm(),
                                    Shapes.of(x.dims(), node),
                                    List.of(x),
                                    x.dims(),
                                    x.elements()));
                    return true;
                }
            }
            return ShapeOps.apply(node) || layerOps.apply(node);
        }

        /** Every tensor whose shape the file states (value_info, graph outputs) must have the inferred dims. */
        private void checkValueInfo(List<NodeProto> order) {
            Map<String, NodeProto> producer = new HashMap<>();
            order.forEach(n -> n.getOutputList().forEach(o -> producer.put(o, n)));
            List<ValueInfoProto> stated = new ArrayList<>(graph.getValueInfoList());
            stated.addAll(graph.getOutputList());
            for (ValueInfoProto info : stated) {
                Value v = values.get(info.getName());
                if (v == null
                        || !info.getType().hasTensorType()
                        || !info.getType().getTensorType().hasShape()) {
                    continue;
                }
                List<TensorShapeProto.Dimension> dims =
                        info.getType().getTensorType().getShape().getDimList();
                boolean agrees = dims.size() == v.dims().length;
                for (int i = 0; agrees && i < dims.size(); i++) {
                    agrees = !dims.get(i).hasDimValue() || dims.get(i).getDimValue() == v.dims()[i];
                }
                if (!agrees) {
                    NodeProto p = producer.get(info.getName());
                    String where = p == null
                            ? file + ": tensor '" + info.getName() + "'"
                            : file + ": node '" + OnnxNode.name(p) + "' (" + p.getOpType() + ")";
                    throw new InvalidInputException(
                            where,
                            "tensor '" + info.getName() + "' is declared " + dimsText(dims) + " but its inputs give "
                                    + Dims.text(v.dims()));
                }
            }
        }

        private static String dimsText(List<TensorShapeProto.Dimension> dims) {
            return dims.stream()
                    .map(d -> d.hasDimValue() ? String.valueOf(d.getDimValue()) : d.getDimParam())
                    .toList()
                    .toString();
        }

        /**
         * A graph output's name as a task name; an export that names none (empty, or a number such as
         * PyTorch's {@code 86}) gets the producing node's op and index in the graph ({@code Gemm_37}).
         */
        private String taskName(String output, Set<String> taken) {
            if (!NUMBERED.matcher(output).matches()) {
                return output;
            }
            List<NodeProto> nodes = graph.getNodeList();
            for (int i = 0; i < nodes.size(); i++) {
                int position = nodes.get(i).getOutputList().indexOf(output);
                if (position >= 0) {
                    String task = nodes.get(i).getOpType() + "_" + i;
                    task = taken.contains(task) ? task + "_" + position : task;
                    warnings.accept("warning: " + file + ": graph output '" + output
                            + "' has no name of its own; its task is named " + task
                            + " after the node that produces it");
                    return task;
                }
            }
            return output;
        }

        private Workload build(String name) {
            List<Draft> found = drafts.all();
            if (found.isEmpty()) {
                throw new InvalidInputException(file, "the graph has no compute layer");
            }
            Map<String, List<String>> outputs = new LinkedHashMap<>();
            for (ValueInfoProto out : graph.getOutputList()) {
                switch (values.get(out.getName())) {
                    case Activation a -> outputs.put(taskName(out.getName(), outputs.keySet()), a.layers());
                    case Constant c -> {}
                    case null ->
                        throw new InvalidInputException(
                                file + ": graph output '" + out.getName() + "'",
                                "is produced by no node, or is an extra output the importer does not infer");
                }
            }
            Labels labels = new Labels(found, outputs);
            List<Layer> layers = new ArrayList<>();
            for (Draft d : found) {
                try {
                    layers.add(new Layer(
                            d.name(), d.op(), d.input(), d.inputs(), labels.branch(d.name()), labels.task(d.name())));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(file + ": layer '" + d.name() + "'", e.getMessage());
                }
            }
            try {
                return Workload.of(name, ELEMENT_BITS, layers, ShapeCheck.STRICT);
            } catch (InvalidInputException strict) {
                // a reshape or transpose between layers moves no data, so shapes need not chain
                try {
                    return Workload.of(name, ELEMENT_BITS, layers, ShapeCheck.NONE);
                } catch (InvalidInputException e) {
                    throw e.in(file);
                }
            }
        }
    }
}
