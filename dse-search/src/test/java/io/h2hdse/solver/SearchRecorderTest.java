package io.h2hdse.solver;

import io.h2hdse.eval.Problem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The step that ends a run ({@link SearchSettings#finish()}, the polish in the registry's mapping searches). */
class SearchRecorderTest {
    @Test
    void theFinishRunsOnceAsTheResultIsTakenAndItsNotesJoinIt() {
        Problem problem = SolverFixtures.problem(11, 4, 2);
        List<Long> seen = new ArrayList<>();
        SearchSettings settings = SearchSettings.defaults().withFinish(recorder -> {
            seen.add(recorder.evaluations());
            recorder.note("finished", seen.size());
        });
        SearchRecorder recorder = new SearchRecorder(problem, Budget.evaluations(10), settings);
        int[] mapping = new int[problem.layers()];
        double[] figures = recorder.evaluator().evaluate(mapping);
        recorder.record(mapping, figures[0], figures[1]);
        assertEquals(List.of(), seen, "not before the result is taken");

        SolverResult first = recorder.result("test");
        SolverResult again = recorder.result("test");
        assertEquals(List.of(1L), seen, "once, after the search's evaluation");
        assertEquals("1", first.notes().get("finished"));
        assertEquals("1", again.notes().get("finished"));
    }

    @Test
    void settingsKeepTheFinishThroughTheirOtherChanges() {
        SearchSettings settings = SearchSettings.defaults().withFinish(recorder -> {});
        assertEquals(settings.finish(), settings.withPolish(1).withSeed(null).finish());
        assertEquals(null, new SearchSettings(settings.order(), null, 2, 1).finish());
    }
}
