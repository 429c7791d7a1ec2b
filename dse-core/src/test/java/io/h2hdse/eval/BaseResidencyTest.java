package io.h2hdse.eval;

import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replaying the policy on the two accelerators of a move finds exactly what replaying it everywhere changes. */
class BaseResidencyTest {
    @Test
    void replayedMovesFlipExactlyTheLayersTheWholePolicyFlips() {
        int moves = 0;
        int movesFlippingOthers = 0;
        for (long seed = 1; seed <= 12; seed++) {
            int[] counts = checkEveryMove(new Random(seed));
            moves += counts[0];
            movesFlippingOthers += counts[1];
        }
        assertTrue(movesFlippingOthers > 0 && movesFlippingOthers < moves, movesFlippingOthers + " of " + moves);
    }

    /** {moves checked, moves that flip another layer's residency}. */
    private static int[] checkEveryMove(Random random) {
        Workload workload = EvalFixtures.randomDag(random, 30 + random.nextInt(50));
        Problem problem = Problem.compile(
                workload,
                EvalFixtures.tightSystem(random, 2 + random.nextInt(4), ExecutionOptions.defaults()),
                EvalFixtures.SYNTHETIC);
        int layers = problem.layers();
        int[] base = problem.randomMapping(random);
        boolean[] before = residency(problem, base);
        BaseResidency replay = new BaseResidency(problem, base);
        assertEquals(Set.of(), differences(before, replay.resident, -1));
        int moves = 0;
        int movesFlippingOthers = 0;
        for (int layer = 0; layer < layers; layer++) {
            for (int acc : problem.allowedAccelerators(layer)) {
                if (acc == base[layer]) {
                    continue;
                }
                int[] moved = base.clone();
                moved[layer] = acc;
                boolean[] after = residency(problem, moved);
                replay.replayMove(layer, base[layer], acc);
                Set<Integer> found = new TreeSet<>();
                for (int i = 0; i < replay.flips; i++) {
                    found.add(replay.flipped[i]);
                }
                assertEquals(differences(before, after, layer), found, "moving L" + layer + " to acc" + acc);
                assertEquals(after[layer], replay.movedResident, "moving L" + layer + " to acc" + acc);
                moves++;
                movesFlippingOthers += found.isEmpty() ? 0 : 1;
            }
        }
        return new int[] {moves, movesFlippingOthers};
    }

    private static boolean[] residency(Problem problem, int[] mapping) {
        boolean[] resident = new boolean[problem.layers()];
        problem.defaultResidency(mapping, 0, new double[problem.accelerators()], resident);
        return resident;
    }

    private static Set<Integer> differences(boolean[] before, boolean[] after, int except) {
        Set<Integer> differing = new TreeSet<>();
        for (int l = 0; l < before.length; l++) {
            if (l != except && before[l] != after[l]) {
                differing.add(l);
            }
        }
        return differing;
    }
}
