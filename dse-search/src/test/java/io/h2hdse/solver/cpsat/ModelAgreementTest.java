package io.h2hdse.solver.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import io.h2hdse.eval.Evaluator;
import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Problem;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check on every plan CP-SAT returns ({@code cpsat}'s and the polish's): the evaluator's latency never above
 * the model's, and within 1e-6 of it when proven optimal; on {@link ThreeLayerFixture}'s optimal plan, whose
 * latency is hand-computed.
 */
class ModelAgreementTest {
    private final Problem problem = ThreeLayerFixture.problem();
    private final Evaluator evaluator = new Evaluator(problem);
    /** A and C on acc0, B on acc1: {@value ThreeLayerFixture#OPTIMUM} s. */
    private final Plan optimal = CpSatSolver.explicit(problem, Plan.of(new int[] {0, 1, 0}), evaluator);

    private final TimeScale time = TimeScale.of(ThreeLayerFixture.OPTIMUM, CpSatSolver.STEPS);

    @Test
    void aSolutionIsTheEvaluatorsPlanAndFigures() {
        PlanModel plans = fixedTo(optimal);
        CpSolver solver = OrTools.solver(Duration.ofSeconds(10), 1, true);
        CpSolverStatus status = solver.solve(plans.model);
        assertEquals(CpSolverStatus.OPTIMAL, status);

        ModelAgreement.Timed timed = ModelAgreement.solution(plans, solver, status, evaluator, "test");
        assertArrayEquals(optimal.mapping(), timed.plan().mapping());
        assertEquals(ThreeLayerFixture.OPTIMUM, timed.latency(), 1e-12);
        double[] figures = new double[2];
        evaluator.evaluate(optimal, figures);
        assertEquals(figures[1], timed.energy(), 0);
    }

    @Test
    void aProvenOptimumTheModelTimesLaterThanTheEvaluatorIsABug() {
        // A model bug: the makespan held 1 % above the plan's latency; CP-SAT proves that optimal.
        PlanModel late = fixedTo(optimal);
        late.model.addGreaterOrEqual(late.makespan, time.ceil(ThreeLayerFixture.OPTIMUM * 1.01));
        CpSolver solver = OrTools.solver(Duration.ofSeconds(10), 1, true);
        CpSolverStatus status = solver.solve(late.model);
        assertEquals(CpSolverStatus.OPTIMAL, status);

        IllegalStateException bug = assertThrows(
                IllegalStateException.class, () -> ModelAgreement.solution(late, solver, status, evaluator, "test"));
        assertTrue(
                bug.getMessage()
                        .startsWith("test: the evaluator times CP-SAT's plan at 2.50200000000 s, the model at 2.527"),
                bug.getMessage());
        assertTrue(bug.getMessage().endsWith(" s (proven optimal): a bug in the model"), bug.getMessage());
        // Not proven, a later model time is only a schedule that does not start as soon as possible.
        ModelAgreement.solution(late, solver, CpSolverStatus.FEASIBLE, evaluator, "test");
    }

    @Test
    void aModelThatTimesAPlanBelowTheEvaluatorIsABug() {
        assertThrows(IllegalStateException.class, () -> ModelAgreement.require(1.0, 0.99, false, "test"));
        assertThrows(IllegalStateException.class, () -> ModelAgreement.require(0.98, 1.0, true, "test"));
        ModelAgreement.require(0.98, 1.0, false, "test");
        ModelAgreement.require(1.0, 1.0 + 1e-9, true, "test");
    }

    private PlanModel fixedTo(Plan plan) {
        long horizon = time.ceil(ThreeLayerFixture.OPTIMUM * 2);
        PlanModel plans = new PlanModel(problem, time, 1e-15, horizon);
        plans.fix(plan);
        plans.model.minimize(plans.makespan);
        return plans;
    }
}
