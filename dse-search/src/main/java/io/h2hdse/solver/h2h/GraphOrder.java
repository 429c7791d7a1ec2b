package io.h2hdse.solver.h2h;

import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The orders in which H2H looks at layers and edges, by layer id: they decide the frontier order of
 * step 1 and the search order and tie-breaks of step 4. A general workload uses its own topological
 * order and edge order; a release case uses the release's graph order (modality, then layer; chain
 * edges before fusion edges), which is not the workload's topological order.
 *
 * @param nodeOrder    every layer id once, first looked at first
 * @param predecessors per layer, its producers in edge order
 * @param successors   per layer, its consumers in edge order
 */
public record GraphOrder(int[] nodeOrder, int[][] predecessors, int[][] successors) {
    public static GraphOrder of(Workload workload) {
        int n = workload.size();
        int[][] preds = new int[n][];
        int[][] succs = new int[n][];
        for (int l = 0; l < n; l++) {
            preds[l] = workload.predecessors(l);
            succs[l] = workload.successors(l);
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return new GraphOrder(order, preds, succs);
    }

    public static GraphOrder of(ReferenceCase releaseCase) {
        Workload workload = releaseCase.workload();
        int n = workload.size();
        List<List<Integer>> preds = new ArrayList<>();
        List<List<Integer>> succs = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            preds.add(new ArrayList<>());
            succs.add(new ArrayList<>());
        }
        for (ReferenceCase.Edge edge : releaseCase.edges()) {
            int from = workload.indexOf(edge.from());
            int to = workload.indexOf(edge.to());
            succs.get(from).add(to);
            preds.get(to).add(from);
        }
        int[] order =
                releaseCase.nodeOrder().stream().mapToInt(workload::indexOf).toArray();
        return new GraphOrder(order, toArrays(preds), toArrays(succs));
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        return lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    public int size() {
        return nodeOrder.length;
    }
}
