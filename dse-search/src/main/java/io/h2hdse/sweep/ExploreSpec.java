package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.YamlMap;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A system's {@code explore:} block: a design space of knob values (a design is one value per knob), an
 * optional area budget, how many designs to evaluate and how to choose them. {@code grid} and {@code random}
 * choose every design when the spec is read; {@code nsga2} chooses generation by generation from the results
 * of the last ({@code io.h2hdse.sweep.explore}).
 *
 * @param knobs      values per knob, in {@link Knob#ORDER}
 * @param areaMaxMm2 designs over it are infeasible: evaluated and recorded, never on a front
 * @param designs    how many designs to evaluate (all of them for {@code grid})
 */
public record ExploreSpec(
        Map<Knob, List<String>> knobs, OptionalDouble areaMaxMm2, int designs, Strategy strategy, long seed) {
    /** The area budget's field, in the spec and in manifest.json's entry of the system. */
    public static final String AREA_MAX = "area_mm2_max";

    /** How the designs are chosen. */
    public enum Strategy {
        NSGA2,
        RANDOM,
        GRID
    }

    /** Knob parameters whose {@code per_accelerator} lists apply to MAESTRO accelerators only. */
    private static final Set<SystemOverride> MAESTRO_ONLY = Set.of(
            SystemOverride.NUM_PES,
            SystemOverride.L1_SIZE_ELEMENTS,
            SystemOverride.L2_SIZE_ELEMENTS,
            SystemOverride.DATAFLOW);

    public ExploreSpec {
        knobs = Collections.unmodifiableMap(new LinkedHashMap<>(knobs));
    }

    /** The same space chosen another way. */
    public ExploreSpec withStrategy(Strategy other) {
        return new ExploreSpec(knobs, areaMaxMm2, designs, other, seed);
    }

    /** The number of designs in the space (saturating at {@link Long#MAX_VALUE}). */
    public long spaceSize() {
        long size = 1;
        try {
            for (List<String> values : knobs.values()) {
                size = Math.multiplyExact(size, values.size());
            }
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
        return size;
    }

    /** The design of each knob's value index ({@code genes[k]} for the k-th knob). */
    public Map<Knob, String> design(int[] genes) {
        Map<Knob, String> design = new LinkedHashMap<>();
        int k = 0;
        for (Map.Entry<Knob, List<String>> knob : knobs.entrySet()) {
            design.put(knob.getKey(), knob.getValue().get(genes[k++]));
        }
        return design;
    }

    /** The design of a mixed-radix index into the space (the last knob varies fastest). */
    public Map<Knob, String> design(long index) {
        List<Map.Entry<Knob, List<String>>> axes = new ArrayList<>(knobs.entrySet());
        int[] genes = new int[axes.size()];
        for (int k = axes.size() - 1; k >= 0; k--) {
            int n = axes.get(k).getValue().size();
            genes[k] = (int) (index % n);
            index /= n;
        }
        return design(genes);
    }

    /** The mixed-radix index of a design of the space: the inverse of {@link #design(long)}. */
    public long index(Map<Knob, String> design) {
        long index = 0;
        for (Map.Entry<Knob, List<String>> knob : knobs.entrySet()) {
            int value = knob.getValue().indexOf(design.get(knob.getKey()));
            if (value < 0) {
                throw new IllegalArgumentException(
                        knob.getKey().fieldName() + " '" + design.get(knob.getKey()) + "' is not in the space");
            }
            index = index * knob.getValue().size() + value;
        }
        return index;
    }

    /** The designs {@code grid} and {@code random} evaluate, in a fixed order; none for {@code nsga2}. */
    public List<Map<Knob, String>> fixedDesigns() {
        return switch (strategy) {
            case GRID -> {
                List<Map<Knob, String>> all = new ArrayList<>();
                for (long i = 0; i < spaceSize(); i++) {
                    all.add(design(i));
                }
                yield all;
            }
            case RANDOM -> {
                Random random = new Random(seed);
                Set<Long> chosen = new LinkedHashSet<>();
                while (chosen.size() < designs) {
                    chosen.add(Math.floorMod(random.nextLong(), spaceSize()));
                }
                yield chosen.stream().map(this::design).toList();
            }
            case NSGA2 -> List.of();
        };
    }

    /** Reads an {@code explore:} block of a system whose base is {@code system}; each knob value is tried on it. */
    static ExploreSpec read(YamlMap yaml, SystemSpec system, java.nio.file.Path directory) {
        Map<Knob, List<String>> knobs = new TreeMap<>(Knob.ORDER);
        yaml.optionalMap("per_accelerator").ifPresent(each -> {
            for (String field : each.fields()) {
                Knob global = Knob.parse(field, system, each.where(field));
                if (field.contains(".") || !global.parameter().perAccelerator()) {
                    throw new InvalidInputException(
                            each.where(field), "a parameter every accelerator has on its own (" + field + " is not)");
                }
                List<String> values = values(each, field);
                for (Accelerator a : system.accelerators()) {
                    if (!MAESTRO_ONLY.contains(global.parameter()) || a.cost() instanceof MaestroSpec) {
                        knobs.put(new Knob(global.parameter(), a.name()), values);
                    }
                }
            }
        });
        Set<String> settings = Set.of("per_accelerator", "area_mm2_max", "designs", "strategy", "seed");
        for (String field : yaml.fields()) {
            if (!settings.contains(field)) {
                knobs.put(Knob.parse(field, system, yaml.where(field)), values(yaml, field));
            }
        }
        if (knobs.isEmpty()) {
            throw new InvalidInputException(yaml.path(), "give at least one knob to explore");
        }
        for (Map.Entry<Knob, List<String>> knob : knobs.entrySet()) {
            for (String value : knob.getValue()) {
                knob.getKey()
                        .apply(
                                system,
                                value,
                                directory,
                                yaml.where(knob.getKey().fieldName()));
            }
        }
        OptionalDouble areaMax = yaml.has("area_mm2_max")
                ? OptionalDouble.of(yaml.positiveNumber("area_mm2_max"))
                : OptionalDouble.empty();
        if (areaMax.isPresent() && io.h2hdse.cost.SystemArea.of(system).isEmpty()) {
            throw new InvalidInputException(
                    yaml.where("area_mm2_max"),
                    "system " + system.name() + " has an accelerator without an area (fpga_tile, or table without"
                            + " area_mm2), so no design's area can be held to a budget");
        }
        Strategy strategy = yaml.choice("strategy", Strategy.class, Strategy.NSGA2);
        long seed = yaml.has("seed") ? yaml.longInteger("seed") : 1;
        ExploreSpec draft = new ExploreSpec(knobs, areaMax, 0, strategy, seed);
        long space = draft.spaceSize();
        int designs;
        if (strategy == Strategy.GRID) {
            if (yaml.has("designs")) {
                throw new InvalidInputException(
                        yaml.where("designs"),
                        "strategy grid evaluates every design (" + space + "); leave designs out");
            }
            if (space > 1_000_000) {
                throw new InvalidInputException(
                        yaml.path(),
                        "strategy grid over " + space + " designs: more than a million; use nsga2 or random");
            }
            designs = (int) space;
        } else {
            designs = yaml.positiveInteger("designs");
            if (designs > space) {
                throw new InvalidInputException(
                        yaml.where("designs"), "the space has " + space + " designs, fewer than " + designs);
            }
        }
        yaml.rejectUnknown();
        return new ExploreSpec(knobs, areaMax, designs, strategy, seed);
    }

    private static List<String> values(YamlMap yaml, String field) {
        List<String> values = new ArrayList<>(new LinkedHashSet<>(yaml.strings(field)));
        if (values.isEmpty()) {
            throw new InvalidInputException(yaml.where(field), "give at least one value");
        }
        return values;
    }
}
