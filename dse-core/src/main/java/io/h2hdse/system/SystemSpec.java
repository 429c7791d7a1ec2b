package io.h2hdse.system;

import io.h2hdse.input.InvalidInputException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A heterogeneous system: accelerators in a fixed order (their ids), the network, execution options. */
public record SystemSpec(
        String name, List<Accelerator> accelerators, Interconnect interconnect, ExecutionOptions options) {
    public SystemSpec {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "system name is required");
        }
        accelerators = List.copyOf(accelerators);
        if (accelerators.isEmpty()) {
            throw new InvalidInputException("accelerators", "a system needs at least one accelerator");
        }
        Set<String> names = new HashSet<>();
        for (Accelerator acc : accelerators) {
            if (!names.add(acc.name())) {
                throw new InvalidInputException(
                        "accelerators." + acc.name(), "duplicate accelerator name '" + acc.name() + "'");
            }
            if (!interconnect.links().containsKey(acc.name())) {
                throw new InvalidInputException(
                        "accelerators." + acc.name() + ".link", "accelerator has no network link");
            }
        }
        for (Interconnect.PairLink pair : interconnect.overrides()) {
            if (!names.contains(pair.a()) || !names.contains(pair.b())) {
                throw new InvalidInputException(
                        "interconnect.links", "pair " + pair.a() + "-" + pair.b() + " names an unknown accelerator");
            }
        }
        for (String linked : interconnect.links().keySet()) {
            if (!names.contains(linked)) {
                throw new InvalidInputException("interconnect", "link for unknown accelerator '" + linked + "'");
            }
        }
        if (options == null) {
            options = ExecutionOptions.defaults();
        }
    }

    public int size() {
        return accelerators.size();
    }

    public Accelerator accelerator(int index) {
        return accelerators.get(index);
    }

    public int indexOf(String acceleratorName) {
        for (int i = 0; i < accelerators.size(); i++) {
            if (accelerators.get(i).name().equals(acceleratorName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no accelerator named '" + acceleratorName + "' in system " + name);
    }

    public SystemSpec withOptions(ExecutionOptions newOptions) {
        return new SystemSpec(name, accelerators, interconnect, newOptions);
    }
}
