package io.h2hdse.system;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Workload;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Whether a system can run a workload at all, checked before any mapping is searched. */
public final class Compatibility {
    private Compatibility() {
    }

    /**
     * Requires every layer to have an accelerator that runs its op kind, and every accelerator to run
     * at least one op kind of the workload (an accelerator that can take no layer is a configuration
     * mistake, e.g. an LSTM engine in a system for a CNN). Throws {@link InvalidInputException} naming
     * the accelerator or layer.
     */
    public static void require(SystemSpec system, Workload workload) {
        Set<OpKind> used = EnumSet.noneOf(OpKind.class);
        workload.layers().forEach(l -> used.add(l.kind()));
        for (Accelerator acc : system.accelerators()) {
            if (acc.supports().stream().noneMatch(used::contains)) {
                throw new InvalidInputException("accelerators." + acc.name() + ".supports",
                        "accelerator " + acc.name() + " supports " + names(acc.supports()) + ", none of workload "
                                + workload.name() + "'s op kinds (" + names(used) + ")");
            }
        }
        for (Layer layer : workload.layers()) {
            if (system.accelerators().stream().noneMatch(a -> a.runs(layer.kind()))) {
                throw new InvalidInputException("layers." + layer.name(), "no accelerator of system " + system.name()
                        + " supports op kind " + layer.kind().yamlName());
            }
        }
    }

    private static String names(Set<OpKind> kinds) {
        return kinds.stream().sorted().map(OpKind::yamlName).collect(Collectors.joining(", ", "[", "]"));
    }
}
