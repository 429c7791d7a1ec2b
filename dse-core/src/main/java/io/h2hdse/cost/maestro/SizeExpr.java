package io.h2hdse.cost.maestro;

/**
 * A map size or offset in a dataflow template: a constant, or the full size of a layer dimension
 * ({@code Sz(R)}) plus a constant, so one template fits every layer.
 */
public record SizeExpr(Dim dim, int constant) {
    public static SizeExpr of(int constant) {
        return new SizeExpr(null, constant);
    }

    public static SizeExpr sizeOf(Dim dim) {
        return new SizeExpr(dim, 0);
    }

    public SizeExpr plus(int more) {
        return new SizeExpr(dim, constant + more);
    }

    int resolve(LayerDims dims) {
        return (dim == null ? 0 : dims.size(dim)) + constant;
    }

    @Override
    public String toString() {
        if (dim == null) {
            return Integer.toString(constant);
        }
        return "Sz(" + dim.token() + ")" + (constant == 0 ? "" : "+" + constant);
    }
}
