package io.h2hdse.workload;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The closed set of operator kinds; accelerators declare which they run. */
public enum OpKind {
    CONV,
    FC,
    POOL,
    ELTWISE,
    CONCAT,
    LSTM,
    ATTENTION,
    MATMUL,
    GRU,
    SOFTMAX,
    NORM,
    RESIZE;

    /** The spelling used in YAML files: lower case. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OpKind parse(String text) {
        for (OpKind kind : values()) {
            if (kind.yamlName().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown op kind '" + text + "' (expected one of "
                + Arrays.stream(values()).map(OpKind::yamlName).collect(Collectors.joining(", ")) + ")");
    }
}
