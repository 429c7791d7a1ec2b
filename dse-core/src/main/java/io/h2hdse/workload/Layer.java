package io.h2hdse.workload;

import java.util.List;

/**
 * One node of a workload DAG.
 *
 * @param name   unique within its workload
 * @param op     what it computes
 * @param input  the shape it consumes (for CONCAT: the concatenated shape)
 * @param inputs names of the producing layers, in order; empty for a layer fed from the host
 * @param branch modality / branch label (e.g. "rgb"), never null
 * @param task   task-head label, or "" for layers shared by all tasks
 */
public record Layer(String name, Op op, Shape input, List<String> inputs, String branch, String task) {
    public Layer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("layer name is required");
        }
        if (op == null) {
            throw new IllegalArgumentException("layer " + name + ": op is required");
        }
        if (input == null) {
            throw new IllegalArgumentException("layer " + name + ": input shape is required");
        }
        inputs = List.copyOf(inputs == null ? List.of() : inputs);
        branch = branch == null ? "" : branch;
        task = task == null ? "" : task;
    }

    public Layer(String name, Op op, Shape input, List<String> inputs) {
        this(name, op, input, inputs, "", "");
    }

    public OpKind kind() {
        return op.kind();
    }

    public Shape output() {
        return op.outputShape(input);
    }

    public long macs() {
        return op.macs(input);
    }

    public long weightElements() {
        return op.weightElements(input);
    }

    public double weightBytes(int elementBits) {
        return weightElements() * (double) elementBits / 8;
    }

    public long inputElements() {
        return input.elements();
    }

    public double inputBytes(int elementBits) {
        return inputElements() * (double) elementBits / 8;
    }

    public long outputElements() {
        return output().elements();
    }

    public double outputBytes(int elementBits) {
        return outputElements() * (double) elementBits / 8;
    }
}
