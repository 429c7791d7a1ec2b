package io.h2hdse.solver.cpsat;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.LatencyBound;
import io.h2hdse.eval.OrderPolicy;
import io.h2hdse.eval.Problem;
import io.h2hdse.solver.Budget;
import io.h2hdse.solver.SolverFixtures;
import io.h2hdse.solver.SolverResult;
import io.h2hdse.system.ExecutionOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bounds against hand-computed figures and against every mapping of small random problems. */
class AnswerBoundTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void theAssignmentBoundChargesTheTransferTheCheapBoundLeavesOut() {
        Problem problem = ThreeLayerFixture.problem();
        assertEquals(ThreeLayerFixture.CHEAP, LatencyBound.of(problem), 1e-9);
        assertEquals(ThreeLayerFixture.OPTIMUM, AssignmentBound.of(problem, LIMIT), 1e-6);
        assertTrue(AssignmentBound.of(problem, LIMIT) <= ThreeLayerFixture.OPTIMUM);
        AnswerBound bound = AnswerBound.of(problem, LIMIT);
        assertEquals(AnswerBound.ASSIGNMENT, bound.method());
        assertEquals(AnswerBound.CHEAP, AnswerBound.of(problem, Duration.ZERO).method());
        assertEquals(
                ThreeLayerFixture.OPTIMUM,
                new Evaluator(problem, OrderPolicy.RANK).evaluate(new int[] {0, 1, 0})[0],
                1e-12);
    }

    @Test
    void theSequencingCutChargesTheBranchesThatShareAnAcceleratorBetweenForkAndMerge() {
        SequencingFixtures.Case diamond = SequencingFixtures.diamond();
        assertEquals(SequencingFixtures.DIAMOND_CHEAP, LatencyBound.of(diamond.problem()), 1e-9);
        assertTheCutsReachTheOptimum(diamond, AssignmentBound.of(diamond.problem(), LIMIT));
    }

    @Test
    void theOneMachineCutChargesTheLayersThatShareAnAcceleratorAfterTheirHeads() {
        SequencingFixtures.Case chains = SequencingFixtures.twoChains();
        assertEquals(
                chains.plain(), AssignmentBound.of(chains.problem(), LIMIT, AssignmentBound.Cuts.FORK_MERGE), 1e-6);
        assertTheCutsReachTheOptimum(chains, AssignmentBound.of(chains.problem(), LIMIT, AssignmentBound.Cuts.ALL));
    }

    @Test
    void theOneMachineCutCountsTheTransfersIntoTheAccelerator() {
        SequencingFixtures.Case chains = SequencingFixtures.crossingChains();
        assertTheCutsReachTheOptimum(chains, AssignmentBound.of(chains.problem(), LIMIT, AssignmentBound.Cuts.ALL));
    }

    @Test
    void theForkToMergeCutCountsTheTransfersIntoAndOutOfTheAccelerator() {
        SequencingFixtures.Case diamond = SequencingFixtures.crossingDiamond();
        assertTheCutsReachTheOptimum(
                diamond, AssignmentBound.of(diamond.problem(), LIMIT, AssignmentBound.Cuts.FORK_MERGE));
    }

    /** The case's plain bound (no cuts); {@code withCuts}, its bound with a cut, is its optimum, as is its optimal mapping's latency. */
    private static void assertTheCutsReachTheOptimum(SequencingFixtures.Case c, double withCuts) {
        assertEquals(c.plain(), AssignmentBound.of(c.problem(), LIMIT, AssignmentBound.Cuts.NONE), 1e-6);
        assertEquals(c.optimum(), withCuts, 1e-6);
        assertTrue(withCuts <= c.optimum());
        assertEquals(c.optimum(), new Evaluator(c.problem(), OrderPolicy.RANK).evaluate(c.optimalMapping())[0], 1e-12);
    }

    @Test
    void theAssignmentBoundLiesBetweenTheCheapBoundAndEveryMappingsLatency() {
        int tighter = 0;
        for (int i = 0; i < 12; i++) {
            ExecutionOptions options = i % 2 == 0 ? ExecutionOptions.defaults() : ExecutionOptions.h2hRelease();
            Problem problem = SolverFixtures.problem(3000 + i, 5 + i % 4, 2 + i % 2, options);
            double cheap = LatencyBound.of(problem);
            double plain = AssignmentBound.of(problem, LIMIT, AssignmentBound.Cuts.NONE);
            double forkMerge = AssignmentBound.of(problem, LIMIT, AssignmentBound.Cuts.FORK_MERGE);
            double all = AssignmentBound.of(problem, LIMIT, AssignmentBound.Cuts.ALL);
            double assignment = AssignmentBound.of(problem, LIMIT);
            double best = SolverFixtures.optimumLatency(problem);
            assertTrue(plain >= cheap * (1 - 1e-6), "instance " + i + ": " + plain + " < cheap " + cheap);
            assertTrue(
                    forkMerge >= plain, "instance " + i + ": the cuts lowered the bound " + plain + " to " + forkMerge);
            assertTrue(all >= forkMerge, "instance " + i + ": the cuts lowered the bound " + forkMerge + " to " + all);
            assertEquals(all, assignment, all * 1e-9, "instance " + i + ": the bound is the better model's");
            assertTrue(all <= best, "instance " + i + ": " + all + " above a mapping's " + best);
            assertTrue(assignment <= best, "instance " + i + ": " + assignment + " above a mapping's " + best);
            tighter += assignment > plain * (1 + 1e-6) ? 1 : 0;
        }
        assertTrue(tighter > 0, "the sequencing cuts raised no bound of the branched instances");
    }

    /** Every cut against the proven optimum over mapping, order and residency (cpsat), in EDGE mode where transfers count. */
    @Test
    void everyCutStaysBelowTheProvenOptimum() {
        for (int i = 0; i < 12; i++) {
            Problem problem = SolverFixtures.problem(7000 + i, 5 + i % 4, 2 + i % 2, ExecutionOptions.defaults());
            SolverResult result = new CpSatSolver().solve(problem, Budget.evaluations(100_000), 1);
            String where = "instance " + i;
            assertEquals("optimal", result.notes().get("cpsat_status"), where);
            double optimum = result.bestLatency();
            for (AssignmentBound.Cuts cuts : AssignmentBound.Cuts.values()) {
                double bound = AssignmentBound.of(problem, LIMIT, cuts);
                assertTrue(bound <= optimum, where + ": " + cuts + " bound " + bound + " above the optimum " + optimum);
            }
        }
    }

    /**
     * The plain relaxation's optimum, found by brute force over every mapping: the larger of the busiest
     * accelerator's load and the longest dependency path, each layer at its least unavoidable duration and each
     * edge between two accelerators with its transfer (EDGE mode). CP-SAT's bound must equal it: the
     * transfer delays it also states as linear rows, for its relaxation's sake, cut off no mapping.
     */
    @Test
    void thePlainAssignmentBoundIsTheBestMappingOfItsRelaxation() {
        for (int i = 0; i < 10; i++) {
            Problem problem = SolverFixtures.problem(4000 + i, 4 + i % 4, 2 + i % 2, ExecutionOptions.defaults());
            double relaxed = relaxationOptimum(problem);
            double bound = AssignmentBound.of(problem, LIMIT, AssignmentBound.Cuts.NONE);
            assertEquals(relaxed, bound, relaxed * 1e-6, "instance " + i);
            assertTrue(bound <= relaxed, "instance " + i + ": " + bound + " above the relaxation's " + relaxed);
        }
    }

    private static double relaxationOptimum(Problem p) {
        int layers = p.layers();
        int[] mapping = new int[layers];
        double best = Double.POSITIVE_INFINITY;
        int[][] allowed = new int[layers][];
        for (int l = 0; l < layers; l++) {
            allowed[l] = p.allowedAccelerators(l);
        }
        int[] digit = new int[layers];
        while (true) {
            for (int l = 0; l < layers; l++) {
                mapping[l] = allowed[l][digit[l]];
            }
            double[] load = new double[p.accelerators()];
            double[] finish = new double[layers];
            double t = 0;
            for (int l = 0; l < layers; l++) {
                double own = LatencyBound.minimumDuration(p, l, mapping[l]);
                load[mapping[l]] += own;
                double start = 0;
                for (int q : p.predecessors(l)) {
                    start = Math.max(start, finish[q] + p.transferSeconds(q, mapping[q], mapping[l]));
                }
                finish[l] = start + own;
                t = Math.max(t, Math.max(finish[l], load[mapping[l]]));
            }
            best = Math.min(best, t);
            int l = 0;
            while (l < layers && ++digit[l] == allowed[l].length) {
                digit[l++] = 0;
            }
            if (l == layers) {
                return best;
            }
        }
    }
}
