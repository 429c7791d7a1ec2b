package io.h2hdse.system;

import io.h2hdse.workload.OpKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * One dedicated accelerator of a system.
 *
 * @param name               unique within the system
 * @param supports           op kinds it can run; any other layer is infeasible on it
 * @param cost               how its per-layer latency and energy are modelled
 * @param localMemoryBytes   its private memory
 * @param weightShare        fraction of the private memory reserved for resident weights, in [0, 1]
 * @param staticPowerW       drawn for the whole makespan
 * @param dynamicPowerW      drawn while busy, for cost models that give time but no energy
 */
public record Accelerator(
        String name,
        Set<OpKind> supports,
        CostSpec cost,
        double localMemoryBytes,
        double weightShare,
        double staticPowerW,
        double dynamicPowerW) {
    public Accelerator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("accelerator name is required");
        }
        if (supports == null || supports.isEmpty()) {
            throw new IllegalArgumentException("accelerator " + name + ": supports must list at least one op kind");
        }
        supports = Set.copyOf(EnumSet.copyOf(supports));
        if (cost == null) {
            throw new IllegalArgumentException("accelerator " + name + ": cost model is required");
        }
        if (!(localMemoryBytes >= 0)) {
            throw new IllegalArgumentException(
                    "accelerator " + name + ": local memory must not be negative, got " + localMemoryBytes);
        }
        if (!(weightShare >= 0 && weightShare <= 1)) {
            throw new IllegalArgumentException(
                    "accelerator " + name + ": weight share must be in [0, 1], got " + weightShare);
        }
        if (!(staticPowerW >= 0) || !(dynamicPowerW >= 0)) {
            throw new IllegalArgumentException("accelerator " + name + ": power must not be negative");
        }
    }

    /** The same accelerator costed by {@code other}. */
    public Accelerator withCost(CostSpec other) {
        return new Accelerator(name, supports, other, localMemoryBytes, weightShare, staticPowerW, dynamicPowerW);
    }

    /** The same accelerator with {@code bytes} of private memory, its weight share kept. */
    public Accelerator withLocalMemory(double bytes) {
        return new Accelerator(name, supports, cost, bytes, weightShare, staticPowerW, dynamicPowerW);
    }

    public boolean runs(OpKind kind) {
        return supports.contains(kind);
    }

    /** Bytes of weights that may stay resident. */
    public double weightCapacityBytes() {
        return localMemoryBytes * weightShare;
    }
}
