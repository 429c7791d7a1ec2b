package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a resolved dataflow at its Cluster directives into levels, top first, and completes each
 * level as MAESTRO does: output-dimension maps become input-centric, directives missing at a level are
 * inherited from the level above, dimensions still unmapped are fully unrolled, and stride reshapes
 * the row/column maps that cover a whole filter.
 */
final class ClusterDecomposition {
    /** MAESTRO creates four NoC models, one per cluster level. */
    private static final int MAX_LEVELS = 4;

    private ClusterDecomposition() {}

    static List<ClusterLevel> decompose(MaestroLayer layer, List<Directive> dataflow, int numPes) {
        String where = "layer " + layer.name();
        LayerDims dims = layer.dims();
        TensorDims tensors = TensorDims.of(layer.type(), dims.batched());
        validate(where, layer, tensors, dataflow);

        // Capped just above any PE count: only "more than the PEs" matters, and it must not wrap.
        long clusterProduct = 1;
        int lastClusterSize = numPes;
        int explicitClusters = 0;
        for (Directive directive : dataflow) {
            if (directive.kind() == Directive.Kind.CLUSTER) {
                clusterProduct = Math.min(clusterProduct * directive.size(), Integer.MAX_VALUE + 1L);
                lastClusterSize = directive.size();
                explicitClusters++;
            }
        }
        if (explicitClusters >= MAX_LEVELS) {
            throw new InvalidInputException(
                    where,
                    "dataflow has " + explicitClusters + " Cluster directives; at most " + (MAX_LEVELS - 1)
                            + " are supported");
        }
        int topSubClusters = (int) (numPes / clusterProduct);
        if (topSubClusters == 0) {
            throw new InvalidInputException(
                    where,
                    "dataflow clusters need "
                            + (clusterProduct > Integer.MAX_VALUE ? "more than " + Integer.MAX_VALUE : clusterProduct)
                            + " PEs but the accelerator has "
                            + numPes);
        }
        List<Directive> withImplicitBottom = new ArrayList<>(dataflow);
        withImplicitBottom.add(new Directive(Directive.Kind.CLUSTER, null, lastClusterSize, 0));

        List<Dim> readDims = tensors.readDimsBySpelling();
        List<ClusterLevel> levels = new ArrayList<>();
        int[] levelDims = dims.sizesCopy();
        List<Directive> upper = null;
        List<Directive> current = new ArrayList<>();
        int subClusters = topSubClusters;
        for (Directive directive : withImplicitBottom) {
            if (directive.kind() != Directive.Kind.CLUSTER) {
                current.add(directive);
                continue;
            }
            boolean top = levels.isEmpty();
            toInputCentric(current, levelDims);
            inheritMissing(upper, current);
            unrollMissing(readDims, levelDims, current);
            applyStride(top, current, dims);
            checkSpatialMaps(where, levels.size(), current, levelDims);
            levels.add(new ClusterLevel(current, subClusters, levelDims));

            int[] lower = new int[Dim.COUNT];
            for (Dim dim : Dim.values()) {
                Directive map = levels.getLast().directive(dim);
                if (map != null && dim.inputDim() == null) {
                    lower[dim.ordinal()] = Math.min(map.size(), levelDims[dim.ordinal()]);
                }
            }
            levelDims = lower;
            subClusters = directive.size();
            upper = current;
            current = new ArrayList<>();
        }
        return List.copyOf(levels);
    }

    private static void validate(String where, MaestroLayer layer, TensorDims tensors, List<Directive> dataflow) {
        LayerDims dims = layer.dims();
        for (Directive directive : dataflow) {
            if (directive.kind() == Directive.Kind.CLUSTER) {
                if (directive.size() <= 0) {
                    throw new InvalidInputException(where, "Cluster size must be positive, got " + directive.size());
                }
                continue;
            }
            Dim dim = directive.dim();
            Dim base = dim.inputDim() == null ? dim : dim.inputDim();
            // A loop no tensor reads changes nothing when it runs once (MAESTRO's depthwise layers declare K: 1 and map
            // it).
            boolean onceOverUnreadDim = !tensors.reads(base) && dims.has(dim) && dims.size(dim) == 1;
            if (onceOverUnreadDim) {
                continue;
            }
            if (!tensors.reads(base) || !dims.has(dim)) {
                throw new InvalidInputException(
                        where,
                        "directive on " + dim.token() + ": dimension " + dim.token() + " not found in a " + layer.type()
                                + " layer");
            }
            if (directive.size() <= 0 || directive.offset() <= 0) {
                throw new InvalidInputException(
                        where,
                        "directive on " + dim.token() + ": size and offset must be positive, got (" + directive.size()
                                + "," + directive.offset() + ")");
            }
            boolean filterDim = dim == Dim.R || dim == Dim.S;
            if (filterDim
                    && directive.kind() == Directive.Kind.TEMPORAL
                    && (directive.size() != dims.size(dim) || directive.offset() != dims.size(dim))) {
                throw new InvalidInputException(
                        where,
                        "invalid mapping TemporalMap(" + directive.size() + "," + directive.offset()
                                + ") " + dim.token() + ": a temporal map on " + dim.token() + " must be (Sz("
                                + dim.token() + "),Sz("
                                + dim.token() + ")) = (" + dims.size(dim) + "," + dims.size(dim) + ")");
            }
        }
    }

    private static void checkSpatialMaps(String where, int level, List<Directive> directives, int[] levelDims) {
        long spatial = directives.stream().filter(Directive::isSpatial).count();
        if (spatial == 0) {
            throw new InvalidInputException(where, "cluster level " + level + " has no SpatialMap");
        }
        if (spatial > 2) {
            throw new InvalidInputException(
                    where, "cluster level " + level + " has " + spatial + " SpatialMaps; at most 2 are allowed");
        }
        for (int i = 0; i < directives.size(); i++) {
            for (int j = i + 1; j < directives.size(); j++) {
                Dim dim = directives.get(i).dim();
                // MAESTRO runs a dimension mapped twice only where it has one element (its 1x1 layers); elsewhere it
                // divides by zero.
                if (dim == directives.get(j).dim() && levelDims[dim.ordinal()] != 1) {
                    throw new InvalidInputException(
                            where,
                            "cluster level " + level + " maps " + dim.token() + " twice ("
                                    + directives.get(i) + " and " + directives.get(j) + ") over "
                                    + levelDims[dim.ordinal()]
                                    + " elements; MAESTRO divides by zero there");
                }
            }
        }
    }

    /** Y'/X' maps become Y/X maps over the input rows/columns the output tile needs. */
    private static void toInputCentric(List<Directive> directives, int[] levelDims) {
        for (Dim out : new Dim[] {Dim.Y_OUT, Dim.X_OUT}) {
            Dim in = out.inputDim();
            int outIndex = indexOf(directives, out);
            if (outIndex < 0 || indexOf(directives, in) >= 0) {
                continue;
            }
            Dim filter = in.slidingPartner();
            int filterIndex = indexOf(directives, filter);
            int filterSize = filterIndex >= 0 ? directives.get(filterIndex).size() : levelDims[filter.ordinal()];
            Directive map = directives.get(outIndex);
            directives.set(outIndex, map.withDim(in, map.size() + filterSize - 1));
        }
    }

    /** Missing directives repeat the upper level's map temporally; MAESTRO puts each at the front in turn. */
    private static void inheritMissing(List<Directive> upper, List<Directive> current) {
        if (upper == null) {
            return;
        }
        for (Directive directive : upper) {
            if (indexOf(current, directive.dim()) < 0) {
                current.addFirst(Directive.temporal(directive.dim(), directive.size(), directive.offset()));
            }
        }
    }

    private static void unrollMissing(List<Dim> readDims, int[] levelDims, List<Directive> current) {
        for (Dim dim : readDims) {
            if (indexOf(current, dim) < 0) {
                int size = levelDims[dim.ordinal()];
                current.add(Directive.temporal(dim, size, size));
            }
        }
    }

    /**
     * The only place stride enters: a row/column map covering at least a whole filter is resized to
     * the input rows its strided outputs read, and its offset to the rows between their windows.
     */
    private static void applyStride(boolean top, List<Directive> directives, LayerDims dims) {
        for (int i = 0; i < directives.size(); i++) {
            Directive directive = directives.get(i);
            Dim filterDim = directive.dim().slidingPartner();
            int stride = dims.stride(directive.dim());
            if (filterDim == null || stride == 1) {
                continue;
            }
            int filter = dims.size(filterDim);
            int size = directive.size();
            if (size >= filter) {
                int outputs = (size + stride - filter) / stride;
                int newSize = outputs * Math.min(stride, filter) + Math.max(filter - stride, 0);
                int newOffset = !top && filter < stride ? outputs * filter : outputs * stride;
                directives.set(i, directive.resized(newSize, newOffset));
            }
        }
    }

    private static int indexOf(List<Directive> directives, Dim dim) {
        for (int i = 0; i < directives.size(); i++) {
            if (directives.get(i).dim() == dim) {
                return i;
            }
        }
        return -1;
    }
}
