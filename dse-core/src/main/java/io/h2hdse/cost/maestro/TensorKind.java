package io.h2hdse.cost.maestro;

/** The three tensors of a layer, in MAESTRO's report order. */
public enum TensorKind {
    INPUT("input"),
    FILTER("filter"),
    OUTPUT("output");

    private final String label;

    TensorKind(String label) {
        this.label = label;
    }

    /** As in MAESTRO's report and the CSV column prefixes. */
    public String label() {
        return label;
    }
}
