package io.h2hdse.eval;

import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.ExecutionOptions.Activations;
import io.h2hdse.system.ExecutionOptions.Energy;
import io.h2hdse.system.ExecutionOptions.Overlap;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On every zoo model, the fast path equals {@link Schedule} to the bit on a thousand random mappings,
 * and the rank path does under weight memories that hold part of the model.
 */
class EvaluatorZooPropertyTest {
    private static final int MAPPINGS = 1000;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String model : ModelZoo.names()) {
            cases.add(Arguments.of(model, ExecutionOptions.defaults()));
            cases.add(Arguments.of(
                    model, new ExecutionOptions(Activations.BACK_TO_BACK, Overlap.DOUBLE_BUFFERED, Energy.BUSY_POWER)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void fastPathEqualsSchedule(String model, ExecutionOptions options) {
        Workload workload = ModelZoo.build(model);
        Random random = new Random(model.hashCode());
        Problem problem =
                Problem.compile(workload, EvalFixtures.mixedSystem(random, 4, options), EvalFixtures.SYNTHETIC);
        for (OrderPolicy policy : OrderPolicy.values()) {
            checkFastPath(problem, new Evaluator(problem, policy), policy, random);
        }
    }

    private static void checkFastPath(Problem problem, Evaluator evaluator, OrderPolicy policy, Random random) {
        for (int m = 0; m < MAPPINGS; m++) {
            int[] mapping = problem.randomMapping(random);
            Schedule schedule = Schedule.of(problem, Plan.of(mapping), policy);
            double[] fast = evaluator.evaluate(mapping);
            assertEquals(schedule.makespan(), fast[0]);
            assertEquals(schedule.energy(), fast[1]);
            if (m % 100 == 0) {
                assertTrue(schedule.valid());
            }
        }
    }

    /** Weight memories that hold part of the model: residency and so the rank durations vary with the mapping. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.h2hdse.workload.zoo.ModelZoo#names")
    void rankPathEqualsScheduleUnderPartialWeightMemory(String model) {
        Workload workload = ModelZoo.build(model);
        Random random = new Random(model.hashCode());
        double weightBytes = workload.totalWeightElements() * workload.elementBits() / 8.0;
        double[] capacity = new double[4];
        for (int a = 0; a < capacity.length; a++) {
            capacity[a] = weightBytes * (0.05 + 0.35 * random.nextDouble());
        }
        double[] power = {0.5, 1, 1.5, 2};
        Problem problem = Problem.compile(
                workload,
                EvalFixtures.system(ExecutionOptions.defaults(), capacity, power, power, 5, 20),
                EvalFixtures.SYNTHETIC);
        checkFastPath(problem, new Evaluator(problem, OrderPolicy.RANK), OrderPolicy.RANK, random);
    }
}
