package io.h2hdse.cost.maestro;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A layer's dimension table as MAESTRO builds it: the declared sizes, the output sizes
 * {@code Y' = Y - R + 1} and {@code X' = X - S + 1} (stride is not applied here, as in MAESTRO), and
 * the outer strides of Y and X.
 */
public final class LayerDims {
    private static final long MAX_WORK = 1L << 53;
    private final int[] sizes;
    private final boolean[] present;
    private final int strideY;
    private final int strideX;

    private LayerDims(int[] sizes, boolean[] present, int strideY, int strideX) {
        this.sizes = sizes;
        this.present = present;
        this.strideY = strideY;
        this.strideX = strideX;
    }

    /**
     * A convolution's dimensions.
     *
     * @param declared sizes as written in a Dimensions block; R and S are required, Y'/X' may replace Y/X
     */
    public static LayerDims of(Map<Dim, Integer> declared, int strideY, int strideX) {
        return of(LayerType.CONV, declared, strideY, strideX);
    }

    /**
     * @param declared sizes as written in a Dimensions block: for a GEMM M, N and K; for a convolution
     *                 R, S, K, C and Y/X or Y'/X', and G for NGCONV (G: 1 is allowed, and dropped, elsewhere)
     */
    public static LayerDims of(LayerType type, Map<Dim, Integer> declared, int strideY, int strideX) {
        if (strideY <= 0 || strideX <= 0) {
            throw new IllegalArgumentException("stride must be positive, got Y " + strideY + ", X " + strideX);
        }
        Map<Dim, Integer> all = new EnumMap<>(Dim.class);
        all.putAll(declared);
        for (Dim dim : all.keySet()) {
            if (all.get(dim) <= 0) {
                throw new IllegalArgumentException(
                        "dimension " + dim.token() + " must be positive, got " + all.get(dim));
            }
        }
        if (!type.convolution()) {
            return gemm(all);
        }
        if (all.containsKey(Dim.M)) {
            throw new IllegalArgumentException("dimension M belongs to a GEMM, not a " + type + " layer");
        }
        if (type == LayerType.NGCONV && !all.containsKey(Dim.G)) {
            throw new IllegalArgumentException("dimension G (groups) is required in an NGCONV layer");
        }
        if (type != LayerType.NGCONV && all.getOrDefault(Dim.G, 1) != 1) {
            throw new IllegalArgumentException(
                    "groups G=" + all.get(Dim.G) + " need Type NGCONV (or a depthwise layer as DSCONV)");
        }
        if (type != LayerType.NGCONV) {
            all.remove(Dim.G);
        }
        for (Dim filter : new Dim[] {Dim.R, Dim.S}) {
            if (!all.containsKey(filter)) {
                throw new IllegalArgumentException("dimension " + filter.token() + " is required");
            }
        }
        for (Dim in : new Dim[] {Dim.Y, Dim.X}) {
            Dim out = in.outputDim();
            int filter = all.get(in.slidingPartner());
            if (!all.containsKey(in) && !all.containsKey(out)) {
                throw new IllegalArgumentException("dimension " + in.token() + " (or " + out.token() + ") is required");
            }
            all.putIfAbsent(in, all.getOrDefault(out, 0) + filter - 1);
            all.putIfAbsent(out, all.get(in) - filter + 1);
            if (all.get(out) <= 0) {
                throw new IllegalArgumentException(
                        "filter " + in.slidingPartner().token() + "=" + filter + " is larger than input " + in.token()
                                + "=" + all.get(in));
            }
        }
        for (Dim channel : new Dim[] {Dim.K, Dim.C}) {
            if (!all.containsKey(channel)) {
                throw new IllegalArgumentException("dimension " + channel.token() + " is required");
            }
        }
        return fromTable(all, strideY, strideX);
    }

    private static LayerDims gemm(Map<Dim, Integer> all) {
        for (Dim dim : all.keySet()) {
            if (dim != Dim.M && dim != Dim.N && dim != Dim.K) {
                throw new IllegalArgumentException("dimension " + dim.token() + " is not one of a GEMM's M, N, K");
            }
        }
        for (Dim dim : new Dim[] {Dim.M, Dim.N, Dim.K}) {
            if (!all.containsKey(dim)) {
                throw new IllegalArgumentException("dimension " + dim.token() + " is required in a GEMM layer");
            }
        }
        return fromTable(all, 1, 1);
    }

    private static LayerDims fromTable(Map<Dim, Integer> all, int strideY, int strideX) {
        checkWorkFits(all);
        int[] sizes = new int[Dim.COUNT];
        boolean[] present = new boolean[Dim.COUNT];
        all.forEach((dim, size) -> {
            sizes[dim.ordinal()] = size;
            present[dim.ordinal()] = true;
        });
        return new LayerDims(sizes, present, strideY, strideX);
    }

    /**
     * The dense work (every declared loop's size multiplied) must stay below 2^53, so that every count
     * the model derives from it (MACs, accesses, cycles: a small multiple of the work) fits a long and
     * converts to a double exactly. MAESTRO itself counts in 32 and 64 bits and overflows silently.
     */
    private static void checkWorkFits(Map<Dim, Integer> all) {
        long work = 1;
        StringBuilder names = new StringBuilder();
        for (Dim dim : new Dim[] {Dim.N, Dim.G, Dim.M, Dim.K, Dim.C, Dim.R, Dim.S, Dim.Y, Dim.X}) {
            if (all.containsKey(dim)) {
                names.append(names.isEmpty() ? "" : "*").append(dim.token());
                work = work > MAX_WORK / all.get(dim) ? MAX_WORK + 1 : work * all.get(dim);
            }
        }
        if (work > MAX_WORK) {
            throw new IllegalArgumentException("dimensions " + names + " multiply to more than 2^53 = " + MAX_WORK
                    + ": too large to count exactly");
        }
    }

    public int size(Dim dim) {
        return sizes[dim.ordinal()];
    }

    public boolean has(Dim dim) {
        return present[dim.ordinal()];
    }

    public int stride(Dim dim) {
        return switch (dim) {
            case Y -> strideY;
            case X -> strideX;
            default -> 1;
        };
    }

    /** Batch dimension declared: it then indexes the input and output tensors. */
    boolean batched() {
        return has(Dim.N);
    }

    int[] sizesCopy() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerDims other
                && Arrays.equals(sizes, other.sizes)
                && Arrays.equals(present, other.present)
                && strideY == other.strideY
                && strideX == other.strideX;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(sizes) + strideY) + strideX;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Dim dim : Dim.values()) {
            if (has(dim)) {
                text.append(text.isEmpty() ? "" : ", ")
                        .append(dim.token())
                        .append(": ")
                        .append(size(dim));
            }
        }
        return text + (strideY != 1 || strideX != 1 ? " stride " + strideY + "x" + strideX : "");
    }
}
