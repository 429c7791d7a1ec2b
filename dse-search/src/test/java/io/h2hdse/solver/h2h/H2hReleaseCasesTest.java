package io.h2hdse.solver.h2h;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.eval.Schedule;
import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.h2hcase.ReferenceExpected;
import io.h2hdse.h2hcase.ReferenceExpected.Slot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** H2H against the authors' release on every reference case: steps 1–3 exactly, step 4 valid and no worse. */
class H2hReleaseCasesTest {
    static Stream<Path> cases() {
        return ReleaseCaseFiles.all();
    }

    private record Run(ReferenceCase c, ReferenceExpected expected, Problem problem, H2hResult result) {
        String layer(int id) {
            return c.workload().layer(id).name();
        }

        String acc(int id) {
            return c.system().accelerator(id).name();
        }
    }

    private static Run run(Path file) {
        ReferenceCase c = ReferenceCaseReader.read(file);
        Problem problem = Problem.compile(c.workload(), c.system(), new FpgaTileCostModel());
        return new Run(c, c.expected().orElseThrow(), problem, H2h.run(problem, GraphOrder.of(c)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyTransferSettingCostsWhatTheReleaseCharges(Path file) {
        Run r = run(file);
        for (int a = 0; a < r.problem.accelerators(); a++) {
            for (int l = 0; l < r.problem.layers(); l++) {
                Map<String, Double> row = r.expected.costTable().get(r.acc(a)).get(r.layer(l));
                for (int flags = 0; flags < 8; flags++) {
                    boolean w = (flags & 4) != 0;
                    boolean i = (flags & 2) != 0;
                    boolean o = (flags & 1) != 0;
                    String key = "W" + (w ? 1 : 0) + "I" + (i ? 1 : 0) + "O" + (o ? 1 : 0);
                    assertClose(
                            row.get(key),
                            r.problem.duration(l, a, w, i, o),
                            1e-12,
                            r.acc(a) + " " + r.layer(l) + " " + key);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void stepsOneToThreeTotalsEqualTheRelease(Path file) {
        Run r = run(file);
        for (int step = 1; step <= 3; step++) {
            ReferenceExpected.StepTotals totals = r.expected.steps().get(step - 1);
            assertEquals(step, totals.step());
            assertClose(totals.makespanS(), r.result.step(step).makespan(), 1e-9, "makespan after step " + step);
            assertClose(totals.energyJ(), r.result.step(step).energy(), 1e-9, "energy after step " + step);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void stepOneOrdersAndStepTwoChoicesEqualTheRelease(Path file) {
        Run r = run(file);
        Map<String, List<String>> order = new LinkedHashMap<>();
        Map<String, List<String>> bound = new LinkedHashMap<>();
        for (int a = 0; a < r.problem.accelerators(); a++) {
            List<String> layers = new ArrayList<>();
            List<String> resident = new ArrayList<>();
            for (int l : r.result.step1Order()[a]) {
                layers.add(r.layer(l));
                if (r.result.step2Resident()[l]) {
                    resident.add(r.layer(l));
                }
            }
            order.put(r.acc(a), layers);
            bound.put(r.acc(a), resident);
        }
        assertEquals(r.expected.step1Order(), order);
        assertEquals(r.expected.step2Bound(), bound);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void stepsOneToThreeSchedulesEqualTheRelease(Path file) {
        Run r = run(file);
        for (int step = 1; step <= 3; step++) {
            Schedule s = r.result.step(step).schedule();
            Map<String, Slot> expected = r.expected.schedules().get(step - 1);
            assertEquals(r.problem.layers(), expected.size());
            for (int l = 0; l < r.problem.layers(); l++) {
                Slot slot = expected.get(r.layer(l));
                String what = "step " + step + " " + r.layer(l);
                assertEquals(slot.accelerator(), r.acc(s.accelerator(l)), what);
                assertClose(slot.start(), s.start(l), 1e-9, what + " start");
                assertClose(slot.end(), s.finish(l), 1e-9, what + " end");
                assertEquals(slot.bound(), s.resident(l), what + " bind");
            }
            assertTrue(s.valid(), "step " + step + " valid");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void stepFourIsValidAndNoWorseThanStepThree(Path file) {
        Run r = run(file);
        H2hStep step3 = r.result.step(3);
        H2hStep step4 = r.result.step(4);
        assertTrue(step4.schedule().valid());
        assertTrue(step4.makespan() <= step3.makespan());
        double best = step3.makespan();
        for (H2hTry t : r.result.tries()) {
            assertEquals(best, t.bestBefore());
            assertEquals(t.makespan() < best, t.accepted());
            if (t.accepted()) {
                best = t.makespan();
            }
        }
        assertEquals(best, step4.makespan());
    }

    /** The first step-4 candidate starts from the same step-3 state as the release's, so it is the same move. */
    @ParameterizedTest
    @MethodSource("cases")
    void firstStepFourMoveIsTheReleasesFirstMove(Path file) {
        Run r = run(file);
        List<List<String>> release = r.expected.step4Tries().stream()
                .limit(1)
                .map(m -> List.of(m.layer(), m.neighbour(), m.relation(), m.fromAccelerator(), m.toAccelerator()))
                .toList();
        List<List<String>> ours = r.result.tries().stream()
                .limit(1)
                .map(t -> List.of(
                        r.layer(t.layer()),
                        r.layer(t.neighbour()),
                        t.relation() == H2hTry.Relation.AFTER_PRODUCER ? "pred" : "success",
                        r.acc(t.from()),
                        r.acc(t.to())))
                .toList();
        assertEquals(release, ours);
    }

    static void assertClose(double expected, double actual, double relative, String what) {
        double tolerance = relative * Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + ", got " + actual);
    }
}
