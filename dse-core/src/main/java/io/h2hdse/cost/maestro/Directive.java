package io.h2hdse.cost.maestro;

/**
 * One dataflow directive with its sizes resolved for a layer. A cluster directive has no dimension
 * and no offset.
 */
public record Directive(Kind kind, Dim dim, int size, int offset) {
    public enum Kind { TEMPORAL, SPATIAL, CLUSTER }

    static Directive temporal(Dim dim, int size, int offset) {
        return new Directive(Kind.TEMPORAL, dim, size, offset);
    }

    boolean isSpatial() {
        return kind == Kind.SPATIAL;
    }

    Directive withDim(Dim newDim, int newSize) {
        return new Directive(kind, newDim, newSize, offset);
    }

    Directive resized(int newSize, int newOffset) {
        return new Directive(kind, dim, newSize, newOffset);
    }
}
