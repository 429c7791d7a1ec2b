package io.h2hdse.eval;

import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.ExecutionOptions.Activations;
import io.h2hdse.system.ExecutionOptions.Energy;
import io.h2hdse.system.ExecutionOptions.Overlap;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast path, the batch path and the move evaluator agree with {@link Schedule} on random mappings. */
class EvaluatorPropertyTest {
    private static final int MAPPINGS = 300;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        long seed = 1;
        for (Activations activations : Activations.values()) {
            for (Overlap overlap : Overlap.values()) {
                for (Energy energy : Energy.values()) {
                    for (int size : new int[] {5, 40}) {
                        cases.add(Arguments.of(
                                new ExecutionOptions(activations, overlap, energy),
                                size,
                                2 + (int) (seed % 3),
                                seed++));
                    }
                }
            }
        }
        return cases.stream();
    }

    private static Problem problem(ExecutionOptions options, int layers, int accs, long seed) {
        Random random = new Random(seed);
        Workload workload = EvalFixtures.randomDag(random, layers);
        return Problem.compile(workload, EvalFixtures.mixedSystem(random, accs, options), EvalFixtures.SYNTHETIC);
    }

    /** The same problem with weight memory for every weight on every accelerator. */
    private static Problem ampleProblem(ExecutionOptions options, int layers, int accs, long seed) {
        Random random = new Random(seed);
        Workload workload = EvalFixtures.randomDag(random, layers);
        SystemSpec system = EvalFixtures.withAmpleWeightMemory(EvalFixtures.mixedSystem(random, accs, options));
        return Problem.compile(workload, system, EvalFixtures.SYNTHETIC);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fastPathEqualsScheduleToTheBit(ExecutionOptions options, int layers, int accs, long seed) {
        checkFastPath(problem(options, layers, accs, seed), seed);
    }

    /** Every weight fits everywhere: the fast path skips the residency policy, Schedule runs it. */
    @ParameterizedTest
    @MethodSource("cases")
    void fastPathWithAmpleWeightMemoryEqualsSchedule(ExecutionOptions options, int layers, int accs, long seed) {
        checkFastPath(ampleProblem(options, layers, accs, seed), seed);
    }

    private static void checkFastPath(Problem problem, long seed) {
        for (OrderPolicy policy : OrderPolicy.values()) {
            checkFastPath(problem, seed, policy);
        }
    }

    private static void checkFastPath(Problem problem, long seed, OrderPolicy policy) {
        int layers = problem.layers();
        Evaluator evaluator = new Evaluator(problem, policy);
        Random random = new Random(seed * 31);
        int[] batch = new int[MAPPINGS * layers];
        double[] expectedLatency = new double[MAPPINGS];
        double[] expectedEnergy = new double[MAPPINGS];
        for (int m = 0; m < MAPPINGS; m++) {
            int[] mapping = problem.randomMapping(random);
            System.arraycopy(mapping, 0, batch, m * layers, layers);
            Schedule schedule = Schedule.of(problem, Plan.of(mapping), policy);
            assertTrue(schedule.valid());
            double[] fast = evaluator.evaluate(mapping);
            assertEquals(schedule.makespan(), fast[0]);
            assertEquals(schedule.energy(), fast[1]);
            expectedLatency[m] = fast[0];
            expectedEnergy[m] = fast[1];
        }
        double[] latency = new double[MAPPINGS];
        double[] energy = new double[MAPPINGS];
        evaluator.evaluate(batch, MAPPINGS, latency, energy);
        assertArrayEquals(expectedLatency, latency);
        assertArrayEquals(expectedEnergy, energy);
    }

    /**
     * The rank decoder's order, read back with {@link Evaluator#rankOrder}, is the detailed schedule's,
     * and evaluating it as a given order gives the same schedule (energy up to the summation order).
     */
    @ParameterizedTest
    @MethodSource("cases")
    void rankOrderIsTheDecodedScheduleAndATopologicalOrder(ExecutionOptions options, int layers, int accs, long seed) {
        Problem problem = problem(options, layers, accs, seed);
        Evaluator ranked = new Evaluator(problem, OrderPolicy.RANK);
        Evaluator plain = new Evaluator(problem);
        Random random = new Random(seed * 13);
        double[] decoded = new double[2];
        double[] given = new double[2];
        for (int m = 0; m < MAPPINGS / 3; m++) {
            int[] mapping = problem.randomMapping(random);
            boolean[] resident = new boolean[layers];
            for (int l = 0; l < layers; l++) {
                resident[l] = random.nextBoolean();
            }
            boolean local = random.nextBoolean();
            Plan plan = new Plan(mapping, null, resident, local);
            int[][] order = ranked.rankOrder(plan);
            Schedule schedule = Schedule.of(problem, plan, OrderPolicy.RANK);
            assertArrayEquals(schedule.order(), order);
            ranked.evaluate(plan, decoded);
            plain.evaluate(new Plan(mapping, order, resident, local), given);
            assertEquals(schedule.makespan(), decoded[0]);
            assertEquals(schedule.energy(), decoded[1]);
            assertEquals(decoded[0], given[0]);
            assertEquals(decoded[1], given[1], 1e-12 * decoded[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void givenOrdersAndResidencyEqualSchedule(ExecutionOptions options, int layers, int accs, long seed) {
        Problem problem = problem(options, layers, accs, seed);
        Evaluator evaluator = new Evaluator(problem);
        Random random = new Random(seed * 17);
        double[] out = new double[2];
        for (int m = 0; m < MAPPINGS; m++) {
            int[] mapping = problem.randomMapping(random);
            boolean[] resident = new boolean[layers];
            for (int l = 0; l < layers; l++) {
                resident[l] = random.nextBoolean();
            }
            Plan plan = new Plan(mapping, randomOrder(problem, mapping, random), resident, random.nextBoolean());
            Schedule schedule = Schedule.of(problem, plan);
            evaluator.evaluate(plan, out);
            assertEquals(schedule.makespan(), out[0]);
            assertEquals(schedule.energy(), out[1]);
        }
    }

    /**
     * Under weight memories that hold a few layers each, residency differs from mapping to mapping and
     * so do the rank durations: the rank path (single and batch entry points) still equals the
     * detailed schedule to the bit.
     */
    @ParameterizedTest
    @MethodSource("cases")
    void rankPathUnderTightWeightMemoryEqualsSchedule(ExecutionOptions options, int layers, int accs, long seed) {
        Random random = new Random(seed);
        Workload workload = EvalFixtures.randomDag(random, layers);
        Problem problem =
                Problem.compile(workload, EvalFixtures.tightSystem(random, accs, options), EvalFixtures.SYNTHETIC);
        Evaluator evaluator = new Evaluator(problem, OrderPolicy.RANK);
        int[] population = new int[MAPPINGS * layers];
        Schedule[] schedules = new Schedule[MAPPINGS];
        for (int m = 0; m < MAPPINGS; m++) {
            int[] mapping = problem.randomMapping(random);
            System.arraycopy(mapping, 0, population, m * layers, layers);
            schedules[m] = Schedule.of(problem, Plan.of(mapping), OrderPolicy.RANK);
            double[] single = evaluator.evaluate(mapping);
            assertEquals(schedules[m].makespan(), single[0]);
            assertEquals(schedules[m].energy(), single[1]);
        }
        double[] latency = new double[MAPPINGS];
        double[] energy = new double[MAPPINGS];
        evaluator.evaluate(population, MAPPINGS, latency, energy);
        for (int m = 0; m < MAPPINGS; m++) {
            assertEquals(schedules[m].makespan(), latency[m]);
            assertEquals(schedules[m].energy(), energy[m]);
        }
    }

    /** A random linear extension of the DAG, split per accelerator: always a feasible order. */
    private static int[][] randomOrder(Problem problem, int[] mapping, Random random) {
        int layers = problem.layers();
        int[] waiting = new int[layers];
        List<Integer> ready = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            waiting[l] = problem.predecessors(l).length;
            if (waiting[l] == 0) {
                ready.add(l);
            }
        }
        List<List<Integer>> perAcc = new ArrayList<>();
        for (int a = 0; a < problem.accelerators(); a++) {
            perAcc.add(new ArrayList<>());
        }
        while (!ready.isEmpty()) {
            int l = ready.remove(random.nextInt(ready.size()));
            perAcc.get(mapping[l]).add(l);
            for (int s : problem.successors(l)) {
                if (--waiting[s] == 0) {
                    ready.add(s);
                }
            }
        }
        return perAcc.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }
}
