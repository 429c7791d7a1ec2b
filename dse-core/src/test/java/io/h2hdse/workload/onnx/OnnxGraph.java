package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small ONNX graphs for tests, the way an exporter writes them (no value_info, weights as dims). */
final class OnnxGraph {
    private final GraphProto.Builder graph = GraphProto.newBuilder().setName("test");
    private int opset = 13;

    OnnxGraph opset(int version) {
        opset = version;
        return this;
    }

    OnnxGraph input(String name, long... dims) {
        graph.addInput(info(name, dims));
        return this;
    }

    OnnxGraph output(String name) {
        graph.addOutput(ValueInfoProto.newBuilder().setName(name).build());
        return this;
    }

    OnnxGraph output(String name, long... dims) {
        graph.addOutput(info(name, dims));
        return this;
    }

    private static ValueInfoProto info(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder()
                        .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape)))
                .build();
    }

    /** A float weight stored as external data: dims only, as the shared exports keep large weights. */
    OnnxGraph weight(String name, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder()
                .setName(name)
                .setDataType(1)
                .setDataLocation(TensorProto.DataLocation.EXTERNAL);
        for (long d : dims) {
            t.addDims(d);
        }
        t.addExternalData(ai.onnx.proto.OnnxMl.StringStringEntryProto.newBuilder()
                .setKey("location")
                .setValue("missing.bin"));
        graph.addInitializer(t);
        return this;
    }

    /** A 1-D int64 initializer with values (a shape constant). */
    OnnxGraph ints(String name, long... values) {
        TensorProto.Builder t =
                TensorProto.newBuilder().setName(name).setDataType(7).addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        graph.addInitializer(t);
        return this;
    }

    /** A scalar float initializer. */
    OnnxGraph scalar(String name, float value) {
        graph.addInitializer(
                TensorProto.newBuilder().setName(name).setDataType(1).addFloatData(value));
        return this;
    }

    OnnxGraph node(String op, String name, String[] inputs, String[] outputs, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType(op).setName(name);
        for (String in : inputs) {
            n.addInput(in);
        }
        for (String out : outputs) {
            n.addOutput(out);
        }
        for (AttributeProto a : attributes) {
            n.addAttribute(a);
        }
        graph.addNode(n);
        return this;
    }

    /** A node with one output named after it. */
    OnnxGraph node(String op, String name, String... inputs) {
        return node(op, name, inputs, new String[] {name});
    }

    static AttributeProto attrInts(String name, long... values) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
        for (long v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    static AttributeProto integer(String name, long value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.INT)
                .setI(value)
                .build();
    }

    static AttributeProto text(String name, String value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.STRING)
                .setS(com.google.protobuf.ByteString.copyFromUtf8(value))
                .build();
    }

    static String[] in(String... names) {
        return names;
    }

    byte[] bytes() {
        return ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName("test")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
                .setGraph(graph)
                .build()
                .toByteArray();
    }

    Path write(Path dir, String fileName) {
        try {
            return Files.write(dir.resolve(fileName), bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
