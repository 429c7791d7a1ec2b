package io.h2hdse.cost.maestro;

/**
 * One dataflow directive with its sizes resolved for a layer. A cluster directive has no dimension
 * and no offset.
 */
public record Directive(Kind kind, Dim dim, int size, int offset) {
    public enum Kind {
        TEMPORAL,
        SPATIAL,
        CLUSTER
    }

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

    /** As written in a {@code .m} Dataflow block (without the semicolon). */
    @Override
    public String toString() {
        return text(kind, dim, Integer.toString(size), Integer.toString(offset));
    }

    /** A directive's DFSL text, for resolved sizes or for size expressions. */
    static String text(Kind kind, Dim dim, String size, String offset) {
        return switch (kind) {
            case TEMPORAL -> "TemporalMap(" + size + "," + offset + ") " + dim.token();
            case SPATIAL -> "SpatialMap(" + size + "," + offset + ") " + dim.token();
            case CLUSTER -> "Cluster(" + size + ",P)";
        };
    }
}
