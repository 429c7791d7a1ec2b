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
        requireCountable(name, op, input);
        branch = branch == null ? "" : branch;
        task = task == null ? "" : task;
    }

    /**
     * The largest count a layer may have: the cost models and the evaluator count in {@code double},
     * which is exact up to 2^53.
     */
    public static final long MAX_COUNT = 1L << 53;

    /** Counts must be exact: a shape so large that they overflow or round is refused here, not summed silently. */
    private static void requireCountable(String name, Op op, Shape input) {
        try {
            long largest = Math.max(
                    Math.max(op.macs(input), op.weightElements(input)),
                    Math.max(input.elements(), op.outputShape(input).elements()));
            if (largest > MAX_COUNT) {
                throw new ArithmeticException("over 2^53");
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "layer " + name + " is too large to count: its MACs, weights or tensor elements "
                            + "pass 2^53 (or a dimension 2^31)");
        } catch (IllegalArgumentException e) {
            // an impossible output shape: the workload reports it, with the producers it came from
        }
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
