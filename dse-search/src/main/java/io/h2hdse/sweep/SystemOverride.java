package io.h2hdse.sweep;

import io.h2hdse.cost.maestro.MaestroPresets;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlMap;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A system parameter a sweep may vary, for every accelerator it applies to or (through a {@link Knob}) for
 * one accelerator by name. Each value is text as it appears in the sweep file and in the runs.csv column of
 * the same name, so a row names its system exactly.
 */
public enum SystemOverride {
    /** The accelerator's own link to the network (pairwise direct links keep theirs). */
    LINK_BANDWIDTH_GBPS {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            double gbps = positive(value, where);
            if (!Link.validBandwidth(gbps)) {
                throw new InvalidInputException(where, Link.bandwidthError(gbps));
            }
            Map<String, Link> links = new LinkedHashMap<>();
            system.interconnect()
                    .links()
                    .forEach((acc, link) -> links.put(
                            acc,
                            accelerator == null || accelerator.equals(acc)
                                    ? new Link(gbps, link.energyPjPerByte())
                                    : link));
            Interconnect net = system.interconnect();
            return new SystemSpec(
                    system.name(),
                    system.accelerators(),
                    new Interconnect(links, net.overrides(), net.hostMemoryBytes()),
                    system.options());
        }
    },
    /** A MAESTRO accelerator's processing elements. */
    NUM_PES {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            int pes = (int) whole(value, where);
            return maestro(system, accelerator, this, where, m -> m.withNumPes(pes));
        }
    },
    /** The accelerator mix: the named accelerators only, joined by {@code +}, in the system's order. */
    ACCELERATORS {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            List<String> names = Arrays.asList(value.split("\\+"));
            for (String name : names) {
                if (system.accelerators().stream().noneMatch(a -> a.name().equals(name))) {
                    throw new InvalidInputException(
                            where, "system " + system.name() + " has no accelerator '" + name + "'");
                }
            }
            List<Accelerator> kept = system.accelerators().stream()
                    .filter(a -> names.contains(a.name()))
                    .toList();
            Interconnect net = system.interconnect();
            Map<String, Link> links = new LinkedHashMap<>();
            kept.forEach(a -> links.put(a.name(), net.hostLink(a.name())));
            List<Interconnect.PairLink> pairs = net.overrides().stream()
                    .filter(p -> names.contains(p.a()) && names.contains(p.b()))
                    .toList();
            return new SystemSpec(
                    system.name(), kept, new Interconnect(links, pairs, net.hostMemoryBytes()), system.options());
        }

        @Override
        boolean perAccelerator() {
            return false;
        }
    },
    /** The accelerator's memory for resident weights (local memory × weight share), in MiB. */
    WEIGHT_MEMORY_MIB {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            double bytes = nonNegative(value, where) * (1 << 20);
            return each(system, accelerator, a -> {
                if (a.weightShare() == 0) {
                    throw new InvalidInputException(
                            where, "accelerator " + a.name() + " has weight_share 0, so no weight memory to size");
                }
                return a.withLocalMemory(bytes / a.weightShare());
            });
        }
    },
    /** A MAESTRO accelerator's per-PE L1 buffer, elements. */
    L1_SIZE_ELEMENTS {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            long elements = whole(value, where);
            return maestro(system, accelerator, this, where, m -> m.withL1Size(elements));
        }
    },
    /** A MAESTRO accelerator's shared L2 buffer, elements. */
    L2_SIZE_ELEMENTS {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            long elements = whole(value, where);
            return maestro(system, accelerator, this, where, m -> m.withL2Size(elements));
        }
    },
    /** A MAESTRO accelerator's dataflow: a preset name or a {@code .m} file (relative to the sweep file). */
    DATAFLOW {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            String dataflow = dataflow(value, directory, where);
            return maestro(system, accelerator, this, where, m -> m.withDataflow(dataflow));
        }
    },
    /** The accelerator's private memory (its weight share kept), in MiB. */
    LOCAL_MEMORY_MIB {
        @Override
        SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where) {
            double bytes = nonNegative(value, where) * (1 << 20);
            return each(system, accelerator, a -> a.withLocalMemory(bytes));
        }
    };

    /**
     * The system with the parameter set to {@code value} on {@code accelerator} (null: on every accelerator it
     * applies to). An accelerator the system no longer has (left out by the accelerator mix) is no error.
     */
    abstract SystemSpec apply(SystemSpec system, String accelerator, String value, Path directory, String where);

    /** Whether a knob may set it on one accelerator. */
    boolean perAccelerator() {
        return true;
    }

    /** The field and column name. */
    public String fieldName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SystemOverride byFieldName(String field) {
        for (SystemOverride o : values()) {
            if (o.fieldName().equals(field)) {
                return o;
            }
        }
        return null;
    }

    /** The value as a resolved dataflow: a preset name, or the absolute path of an existing {@code .m} file. */
    static String dataflow(String value, Path directory, String where) {
        if (value.endsWith(".m")) {
            Path file = directory.resolve(value).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(where, "dataflow file not found: " + file);
            }
            return file.toString();
        }
        if (!MaestroPresets.names().contains(value)) {
            throw new InvalidInputException(
                    where,
                    "unknown dataflow '" + value + "' (a .m file or one of " + String.join(", ", MaestroPresets.names())
                            + ")");
        }
        return value;
    }

    private static SystemSpec each(SystemSpec system, String accelerator, UnaryOperator<Accelerator> change) {
        List<Accelerator> accs = new ArrayList<>();
        for (Accelerator a : system.accelerators()) {
            accs.add(accelerator == null || accelerator.equals(a.name()) ? change.apply(a) : a);
        }
        return new SystemSpec(system.name(), accs, system.interconnect(), system.options());
    }

    /** Changes the MAESTRO accelerators among those addressed; an error if an addressed one is none, or if none is. */
    private static SystemSpec maestro(
            SystemSpec system,
            String accelerator,
            SystemOverride parameter,
            String where,
            UnaryOperator<MaestroSpec> change) {
        if (accelerator == null && system.accelerators().stream().noneMatch(a -> a.cost() instanceof MaestroSpec)) {
            throw new InvalidInputException(
                    where,
                    "system " + system.name() + " has no MAESTRO accelerator whose " + parameter.fieldName()
                            + " could change");
        }
        return each(system, accelerator, a -> {
            if (a.cost() instanceof MaestroSpec m) {
                return a.withCost(change.apply(m));
            }
            if (accelerator != null) {
                throw new InvalidInputException(
                        where,
                        "accelerator " + a.name() + " is not a MAESTRO accelerator, so it has no "
                                + parameter.fieldName());
            }
            return a;
        });
    }

    private static long whole(String value, String where) {
        double number = positive(value, where);
        if (number != Math.rint(number) || number > Integer.MAX_VALUE) {
            throw new InvalidInputException(where, "expected a whole number, got " + value);
        }
        return (long) number;
    }

    private static double positive(String value, String where) {
        double number = number(value, where);
        if (!(number > 0 && number <= YamlMap.LARGEST)) {
            throw new InvalidInputException(where, "expected a positive number up to 1e15, got " + value);
        }
        return number;
    }

    /** A {@code --set} value from 0 to {@link YamlMap#LARGEST}, as a YAML field's {@link YamlMap#nonNegativeNumber}. */
    public static double nonNegative(String value, String where) {
        double number = number(value, where);
        if (!(number >= 0 && number <= YamlMap.LARGEST)) {
            throw new InvalidInputException(where, "expected a number from 0 to 1e15, got " + value);
        }
        return number;
    }

    private static double number(String value, String where) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where, "expected a number, got '" + value + "'");
        }
    }
}
