package io.h2hdse.eval;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Workload;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a system suits a workload, checked before any mapping is searched: that every layer has an accelerator
 * that runs it is {@link io.h2hdse.eval.Problem#compile}'s check.
 */
public final class Compatibility {
    private Compatibility() {}

    /**
     * Requires every accelerator to run at least one op kind of the workload (an accelerator that can take no
     * layer is a configuration mistake, e.g. an LSTM engine in a system for a CNN). Throws
     * {@link InvalidInputException} naming the accelerator.
     */
    public static void require(SystemSpec system, Workload workload) {
        Set<OpKind> used = EnumSet.noneOf(OpKind.class);
        workload.layers().forEach(l -> used.add(l.kind()));
        for (Accelerator acc : system.accelerators()) {
            if (acc.supports().stream().noneMatch(used::contains)) {
                throw new InvalidInputException(
                        "accelerators." + acc.name() + ".supports",
                        "accelerator " + acc.name() + " supports " + names(acc.supports()) + ", none of workload "
                                + workload.name() + "'s op kinds (" + names(used) + ")");
            }
        }
    }

    private static String names(Set<OpKind> kinds) {
        return kinds.stream().sorted().map(OpKind::yamlName).collect(Collectors.joining(", ", "[", "]"));
    }
}
