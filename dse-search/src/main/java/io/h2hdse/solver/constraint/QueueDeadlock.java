package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;

import java.util.Arrays;

/**
 * How many layers a per-accelerator order leaves unscheduled: each accelerator runs its queue front to
 * back and a layer waits for all its predecessors, so a queue that puts a layer before one it depends
 * on, directly or through other queues, blocks everything behind it. Zero means the order is
 * consistent with the data edges. Counting the blocked layers, rather than only flagging the deadlock,
 * gives local search a slope back to consistent orders.
 */
final class QueueDeadlock {
    private final int[][] successors;
    private final int[] predecessorCount;
    private final int[] waiting;
    private final int[] position;

    QueueDeadlock(Problem problem) {
        successors = new int[problem.layers()][];
        predecessorCount = new int[problem.layers()];
        for (int l = 0; l < successors.length; l++) {
            successors[l] = problem.successors(l);
            predecessorCount[l] = problem.predecessors(l).length;
        }
        waiting = new int[problem.layers()];
        position = new int[problem.accelerators()];
    }

    /** {@code order[a]}: the layers of accelerator a in run order, every layer once over all of them. */
    int unscheduled(int[][] order) {
        System.arraycopy(predecessorCount, 0, waiting, 0, waiting.length);
        Arrays.fill(position, 0);
        int done = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int a = 0; a < order.length; a++) {
                int[] queue = order[a];
                while (position[a] < queue.length && waiting[queue[position[a]]] == 0) {
                    for (int s : successors[queue[position[a]++]]) {
                        waiting[s]--;
                    }
                    done++;
                    progress = true;
                }
            }
        }
        return waiting.length - done;
    }
}
