package io.h2hdse.cost.maestro;

import java.util.Arrays;
import java.util.List;

/**
 * One level of the cluster hierarchy after decomposition: its directives (input-centric, complete),
 * how many sub-clusters it drives, its static dimension table, and the per-dimension tile sizes the
 * traffic analysis reads. Everything here is fixed per layer and dataflow; the per-case dimension
 * tables of lower levels only change which iteration cases occur, as in MAESTRO.
 */
final class ClusterLevel {
    final Directive[] directives;
    final int subClusters;
    final int[] dims;
    /** Directive index by dimension ordinal, or -1. */
    final int[] directiveOf;
    /** Index of the first spatial map: it decides how many sub-clusters are active. */
    final int spatialIndex;
    /** Sub-clusters active in the last, partial spatial fold. */
    final int edgeSubClusters;

    final int[] mapped = new int[Dim.COUNT];
    final int[] unique = new int[Dim.COUNT];
    final int[] mappedEdge = new int[Dim.COUNT];
    final int[] uniqueEdge = new int[Dim.COUNT];

    ClusterLevel(List<Directive> directives, int subClusters, int[] dims) {
        this.directives = directives.toArray(Directive[]::new);
        this.subClusters = subClusters;
        this.dims = dims;
        this.directiveOf = new int[Dim.COUNT];
        Arrays.fill(directiveOf, -1);
        int firstSpatial = -1;
        for (int i = 0; i < this.directives.length; i++) {
            if (directiveOf[this.directives[i].dim().ordinal()] < 0) {
                directiveOf[this.directives[i].dim().ordinal()] = i; // the first, as MAESTRO's FindDirective
            }
            if (firstSpatial < 0 && this.directives[i].isSpatial()) {
                firstSpatial = i;
            }
        }
        this.spatialIndex = firstSpatial;
        this.edgeSubClusters = edgeSubClusters(this.directives[firstSpatial]);
        computeTileSizes();
    }

    int dim(Dim d) {
        return dims[d.ordinal()];
    }

    Directive directive(Dim d) {
        int i = directiveOf[d.ordinal()];
        return i < 0 ? null : directives[i];
    }

    private int edgeSubClusters(Directive spatial) {
        long d = dim(spatial.dim());
        long m = spatial.size();
        long o = spatial.offset();
        long n = subClusters;
        long fullCoverage = o * (n - 1) + m;
        long active;
        if (d > fullCoverage) {
            long steadyFolds = ((d - m) / o + 1) / n - 1;
            long remaining = d - (steadyFolds + 1) * o * n;
            active = remaining < m ? 1 : (remaining - m) / o + 1;
        } else if (d > m) {
            active = (d - m) / o + 1;
            if (o * (active - 1) + m < d) {
                active++;
            }
        } else {
            active = 1;
        }
        return (int) active;
    }

    private void computeTileSizes() {
        for (Directive directive : directives) {
            int v = directive.dim().ordinal();
            int d = dims[v];
            int m = directive.size();
            int o = directive.offset();
            int steady = Math.max(0, (d - m) / o);
            boolean hasEdge = steady * o + m < d || m > d;
            mapped[v] = m;
            unique[v] = Math.min(m, o);
            if (directive.kind() == Directive.Kind.TEMPORAL && d <= m) {
                unique[v] = 0;
            }
            int edge = d - (steady + 1) * o;
            if (edge < 0) {
                edge = d;
            }
            mappedEdge[v] = hasEdge ? edge : m;
            uniqueEdge[v] = Math.max(o - (m - edge), 0);
        }
        for (Directive directive : directives) {
            Dim out = directive.dim().outputDim();
            if (out == null) {
                continue;
            }
            int in = directive.dim().ordinal();
            int filter = directive.dim().slidingPartner().ordinal();
            int o = out.ordinal();
            mapped[o] = mapped[in] - mapped[filter] + 1;
            unique[o] = Math.min(directive.offset(), directive.size());
            mappedEdge[o] = mappedEdge[in] - mappedEdge[filter] + 1;
            uniqueEdge[o] = Math.min(directive.offset(), mappedEdge[o]);
        }
    }
}
