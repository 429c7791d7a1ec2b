package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlMap;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A system parameter a sweep may vary. Each value is text as it appears in the sweep file and in the
 * runs.csv column of the same name, so a row names its system exactly.
 */
public enum SystemOverride {
    /** Every accelerator's own link to the network (pairwise direct links keep theirs). */
    LINK_BANDWIDTH_GBPS {
        @Override
        SystemSpec apply(SystemSpec system, String value, String where) {
            double gbps = positive(value, where);
            if (!Link.validBandwidth(gbps)) {
                throw new InvalidInputException(where, Link.bandwidthError(gbps));
            }
            Map<String, Link> links = new LinkedHashMap<>();
            system.interconnect()
                    .links()
                    .forEach((acc, link) -> links.put(acc, new Link(gbps, link.energyPjPerByte())));
            Interconnect net = system.interconnect();
            return new SystemSpec(
                    system.name(),
                    system.accelerators(),
                    new Interconnect(links, net.overrides(), net.hostMemoryBytes()),
                    system.options());
        }
    },
    /** Every MAESTRO accelerator's processing elements. */
    NUM_PES {
        @Override
        SystemSpec apply(SystemSpec system, String value, String where) {
            int pes = (int) positive(value, where);
            if (pes != positive(value, where)) {
                throw new InvalidInputException(where, "expected a whole number of PEs, got " + value);
            }
            if (system.accelerators().stream().noneMatch(a -> a.cost() instanceof MaestroSpec)) {
                throw new InvalidInputException(
                        where, "system " + system.name() + " has no MAESTRO accelerator whose PEs could change");
            }
            List<Accelerator> accs = system.accelerators().stream()
                    .map(a -> a.cost() instanceof MaestroSpec m
                            ? new Accelerator(
                                    a.name(),
                                    a.supports(),
                                    new MaestroSpec(
                                            m.dataflow(),
                                            pes,
                                            m.l1SizeBytes(),
                                            m.l2SizeBytes(),
                                            m.nocBandwidth(),
                                            m.offchipBandwidth(),
                                            m.clockMhz(),
                                            m.pjPerMacEnergy()),
                                    a.localMemoryBytes(),
                                    a.weightShare(),
                                    a.staticPowerW(),
                                    a.dynamicPowerW())
                            : a)
                    .toList();
            return new SystemSpec(system.name(), accs, system.interconnect(), system.options());
        }
    },
    /** The accelerator mix: the named accelerators only, joined by {@code +}, in the system's order. */
    ACCELERATORS {
        @Override
        SystemSpec apply(SystemSpec system, String value, String where) {
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
    },
    /** Every accelerator's memory for resident weights (local memory × weight share), in MiB. */
    WEIGHT_MEMORY_MIB {
        @Override
        SystemSpec apply(SystemSpec system, String value, String where) {
            double bytes = nonNegative(value, where) * (1 << 20);
            List<Accelerator> accs = system.accelerators().stream()
                    .map(a -> {
                        if (a.weightShare() == 0) {
                            throw new InvalidInputException(
                                    where,
                                    "accelerator " + a.name() + " has weight_share 0, so no weight memory to size");
                        }
                        return new Accelerator(
                                a.name(),
                                a.supports(),
                                a.cost(),
                                bytes / a.weightShare(),
                                a.weightShare(),
                                a.staticPowerW(),
                                a.dynamicPowerW());
                    })
                    .toList();
            return new SystemSpec(system.name(), accs, system.interconnect(), system.options());
        }
    };

    abstract SystemSpec apply(SystemSpec system, String value, String where);

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

    private static double positive(String value, String where) {
        double number = number(value, where);
        if (!(number > 0 && number <= YamlMap.LARGEST)) {
            throw new InvalidInputException(where, "expected a positive number up to 1e15, got " + value);
        }
        return number;
    }

    private static double nonNegative(String value, String where) {
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
