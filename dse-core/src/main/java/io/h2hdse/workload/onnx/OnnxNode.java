package io.h2hdse.workload.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import io.h2hdse.input.InvalidInputException;

import java.util.Map;

/** One graph node while it is imported: its attributes, its input values, and errors that name it. */
final class OnnxNode {
    private final NodeProto proto;
    private final Map<String, Value> values;
    private final String file;
    private final int opset;

    OnnxNode(NodeProto proto, Map<String, Value> values, String file, int opset) {
        this.proto = proto;
        this.values = values;
        this.file = file;
        this.opset = opset;
    }

    NodeProto proto() {
        return proto;
    }

    String op() {
        return proto.getOpType();
    }

    /** The node's name, or its first output's when the export left it unnamed. */
    String name() {
        return name(proto);
    }

    static String name(NodeProto node) {
        if (!node.getName().isBlank()) {
            return node.getName();
        }
        return node.getOutputCount() > 0 ? node.getOutput(0) : node.getOpType();
    }

    /** The default-domain opset the model imports. */
    int opset() {
        return opset;
    }

    /** An error naming the file and this node: what the command line prints. */
    InvalidInputException fail(String reason) {
        return new InvalidInputException(file + ": node '" + name() + "' (" + op() + ")", reason);
    }

    int inputCount() {
        return proto.getInputCount();
    }

    boolean hasInput(int index) {
        return index < proto.getInputCount() && !proto.getInput(index).isEmpty();
    }

    Value input(int index) {
        if (!hasInput(index)) {
            throw fail("input " + index + " is missing");
        }
        Value v = values.get(proto.getInput(index));
        if (v == null) {
            throw fail("input '" + proto.getInput(index)
                    + "' is an extra output of its node that the importer does not infer");
        }
        return v;
    }

    Activation activation(int index) {
        if (input(index) instanceof Activation a) {
            return a;
        }
        throw fail(
                "input " + index + " ('" + proto.getInput(index) + "') must be computed at run time, not a constant");
    }

    Constant constant(int index) {
        if (input(index) instanceof Constant c) {
            return c;
        }
        throw fail(
                "input " + index + " ('" + proto.getInput(index) + "') is computed at run time; a constant is needed");
    }

    /** A constant input whose values the importer must know (a shape, axes, sizes). */
    long[] knownInts(int index) {
        Constant c = constant(index);
        if (!c.known()) {
            throw fail("the values of input " + index + " ('" + proto.getInput(index)
                    + "') are unknown: they cannot be inferred statically");
        }
        return c.longs();
    }

    double[] knownValues(int index) {
        knownInts(index);
        return constant(index).values();
    }

    int outputCount() {
        return proto.getOutputCount();
    }

    String output(int index) {
        return proto.getOutput(index);
    }

    void set(int outputIndex, Value value) {
        if (outputIndex < proto.getOutputCount()
                && !proto.getOutput(outputIndex).isEmpty()) {
            values.put(proto.getOutput(outputIndex), value);
        }
    }

    private AttributeProto attribute(String attributeName) {
        for (AttributeProto a : proto.getAttributeList()) {
            if (a.getName().equals(attributeName)) {
                return a;
            }
        }
        return null;
    }

    boolean has(String attributeName) {
        return attribute(attributeName) != null;
    }

    long integer(String attributeName, long fallback) {
        AttributeProto a = attribute(attributeName);
        return a == null ? fallback : a.getI();
    }

    float real(String attributeName, float fallback) {
        AttributeProto a = attribute(attributeName);
        return a == null ? fallback : a.getF();
    }

    String text(String attributeName, String fallback) {
        AttributeProto a = attribute(attributeName);
        return a == null ? fallback : a.getS().toStringUtf8();
    }

    /** An integer-list attribute, or null when absent. */
    long[] integers(String attributeName) {
        AttributeProto a = attribute(attributeName);
        return a == null
                ? null
                : a.getIntsList().stream().mapToLong(Long::longValue).toArray();
    }

    float[] reals(String attributeName) {
        AttributeProto a = attribute(attributeName);
        if (a == null) {
            return null;
        }
        float[] out = new float[a.getFloatsCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.getFloats(i);
        }
        return out;
    }

    AttributeProto tensorAttribute(String attributeName) {
        AttributeProto a = attribute(attributeName);
        return a != null && a.hasT() ? a : null;
    }

    /** An int-list attribute in older opsets, an input from {@code sinceOpset} on; null when neither is given. */
    long[] intsFromAttributeOrInput(String attributeName, int inputIndex, int sinceOpset) {
        if (opset >= sinceOpset) {
            return hasInput(inputIndex) ? knownInts(inputIndex) : null;
        }
        return integers(attributeName);
    }
}
