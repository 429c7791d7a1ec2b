package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Problem;

import java.util.BitSet;

/** Which layers reach which through the dependency graph (layer ids are in topological order). */
final class Reachability {
    private Reachability() {}

    /** Each layer's ancestors: every layer with a path to it. */
    static BitSet[] ancestors(Problem p) {
        BitSet[] ancestors = new BitSet[p.layers()];
        for (int l = 0; l < p.layers(); l++) {
            ancestors[l] = new BitSet(p.layers());
            for (int producer : p.predecessors(l)) {
                ancestors[l].set(producer);
                ancestors[l].or(ancestors[producer]);
            }
        }
        return ancestors;
    }

    /** Each layer's descendants: every layer it has a path to. */
    static BitSet[] descendants(Problem p) {
        BitSet[] descendants = new BitSet[p.layers()];
        for (int l = p.layers() - 1; l >= 0; l--) {
            descendants[l] = new BitSet(p.layers());
            for (int consumer : p.successors(l)) {
                descendants[l].set(consumer);
                descendants[l].or(descendants[consumer]);
            }
        }
        return descendants;
    }
}
