package io.h2hdse.cost.maestro;

/**
 * A map size or offset in a dataflow template: a constant, or the full size of a layer dimension
 * ({@code Sz(R)}) plus a constant, optionally capped at the full size of another dimension, so one
 * template fits every layer.
 */
public record SizeExpr(Dim dim, int constant, Dim cap) {
    public static SizeExpr of(int constant) {
        return new SizeExpr(null, constant, null);
    }

    public static SizeExpr sizeOf(Dim dim) {
        return new SizeExpr(dim, 0, null);
    }

    public SizeExpr plus(int more) {
        return new SizeExpr(dim, constant + more, cap);
    }

    /** No larger than the full size of {@code limit}. */
    public SizeExpr atMostSizeOf(Dim limit) {
        return new SizeExpr(dim, constant, limit);
    }

    int resolve(LayerDims dims) {
        int value = (dim == null ? 0 : dims.size(dim)) + constant;
        return cap == null ? value : Math.min(value, dims.size(cap));
    }

    @Override
    public String toString() {
        String value = dim == null
                ? Integer.toString(constant)
                : "Sz(" + dim.token() + ")" + (constant == 0 ? "" : "+" + constant);
        return cap == null ? value : "min(" + value + ",Sz(" + cap.token() + "))";
    }
}
