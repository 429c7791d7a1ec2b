package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.SystemSpec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A system parameter a sweep varies: a {@link SystemOverride} of every accelerator ({@code accelerator} null,
 * field name {@code num_pes}) or of one accelerator by name (field name {@code nvdla.num_pes}). The field
 * name is the sweep file's key and the runs.csv column.
 */
public record Knob(SystemOverride parameter, String accelerator) {
    /** runs.csv column order: global knobs first, in {@link SystemOverride} order, then by accelerator and parameter. */
    public static final Comparator<Knob> ORDER = Comparator.comparing((Knob k) -> k.accelerator() != null)
            .thenComparing(k -> k.accelerator() == null ? "" : k.accelerator())
            .thenComparing(Knob::parameter);

    public static Knob global(SystemOverride parameter) {
        return new Knob(parameter, null);
    }

    public String fieldName() {
        return accelerator == null ? parameter.fieldName() : accelerator + "." + parameter.fieldName();
    }

    /**
     * The knob a field names on {@code system}, or an error naming the field: an unknown parameter, an
     * accelerator the system lacks, or a parameter that cannot be set per accelerator.
     */
    public static Knob parse(String field, SystemSpec system, String where) {
        int dot = field.lastIndexOf('.');
        String parameterName = dot < 0 ? field : field.substring(dot + 1);
        SystemOverride parameter = SystemOverride.byFieldName(parameterName);
        if (parameter == null) {
            throw new InvalidInputException(
                    where,
                    "unknown system parameter '" + parameterName + "' (known: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(SystemOverride.values())
                                            .map(SystemOverride::fieldName)
                                            .toList())
                            + "; prefix one with an accelerator's name and a dot to set that accelerator's only)");
        }
        if (dot < 0) {
            return global(parameter);
        }
        String accelerator = field.substring(0, dot);
        if (system.accelerators().stream().noneMatch(a -> a.name().equals(accelerator))) {
            throw new InvalidInputException(
                    where, "system " + system.name() + " has no accelerator '" + accelerator + "'");
        }
        if (!parameter.perAccelerator()) {
            throw new InvalidInputException(
                    where, parameter.fieldName() + " is a system-wide parameter, not one accelerator's");
        }
        return new Knob(parameter, accelerator);
    }

    /** The system with this knob set to {@code value}; {@code directory} anchors a relative {@code .m} dataflow file. */
    SystemSpec apply(SystemSpec system, String value, Path directory, String where) {
        return parameter.apply(system, accelerator, value, directory, where);
    }
}
