package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.solver.SearchRecorder;

import java.util.Arrays;

/**
 * Evaluates a generation's new individuals in one call of the evaluator's batch entry point and
 * reports every evaluation to the recorder. A converging population keeps producing mappings it has
 * already seen (crossing equal parents, mutations undone by repair): those, whether seen in an earlier
 * generation ({@link MappingMemory}) or earlier in this one, take the remembered objectives and spend
 * no budget. Individuals beyond the budget get the worst fitness without being evaluated, so the run
 * never overspends; the loop stops after this generation.
 */
final class BatchFitness {
    /** Remembered mappings (the oldest forgotten first): bounds memory on long runs. */
    static final int MEMORY = 200_000;
    /** Generations in a row without a new mapping after which the search counts as stalled. */
    private static final int STALL_GENERATIONS = 50;

    private final Evaluator evaluator;
    private final SearchRecorder recorder;
    private final Fitness fitness;
    private final int layers;
    private final MappingMemory memory;
    /** This generation's batch: rows, their hashes and results. */
    private int[] batch = new int[0];

    private int[] batchHashes = new int[0];
    private double[] latency = new double[0];
    private double[] energy = new double[0];
    /** Per individual: its row in the batch, or −1. */
    private int[] slotOf = new int[0];
    /** This generation's batch rows by hash (row + 1, 0 empty). */
    private int[] pending = new int[0];

    private int generationsWithoutNews;
    private long generations;
    private long newIndividuals;
    private long repeatedIndividuals;

    BatchFitness(Evaluator evaluator, SearchRecorder recorder, Fitness fitness) {
        this.evaluator = evaluator;
        this.recorder = recorder;
        this.fitness = fitness;
        this.layers = evaluator.problem().layers();
        // Sized up front for the evaluations a budget of evaluations allows, rather than grown through copies.
        long remaining = recorder.remainingEvaluations();
        int expected = remaining == Long.MAX_VALUE ? 0 : (int) Math.min(MEMORY, remaining);
        this.memory = new MappingMemory(layers, evaluator.problem().accelerators(), MEMORY, expected);
    }

    long generations() {
        return generations;
    }

    /** New individuals (not survivors) whose mapping was evaluated or recalled, over the run. */
    long newIndividuals() {
        return newIndividuals;
    }

    /** Of those, the ones whose mapping had been evaluated before (they spend no budget). */
    long repeatedIndividuals() {
        return repeatedIndividuals;
    }

    /** Whether the last generations brought no mapping not seen before (e.g. a tiny problem fully explored). */
    boolean stalled() {
        return generationsWithoutNews >= STALL_GENERATIONS;
    }

    void evaluate(Population population) {
        int size = population.size;
        if (slotOf.length < size) {
            batch = new int[size * layers];
            batchHashes = new int[size];
            latency = new double[size];
            energy = new double[size];
            slotOf = new int[size];
            pending = new int[Integer.highestOneBit(size) * 4];
        }
        Arrays.fill(pending, 0);
        long allowed = recorder.exhausted() ? 0 : recorder.remainingEvaluations();
        int[] rows = population.rows;
        int count = 0;
        for (int i = 0; i < size; i++) {
            slotOf[i] = -1;
            if (population.evaluated[i]) {
                continue;
            }
            newIndividuals++;
            int offset = i * layers;
            int hash = memory.probe(rows, offset);
            int known = memory.find(hash);
            if (known >= 0) {
                repeatedIndividuals++;
                fitness.set(population, i, memory.latency(known), memory.energy(known));
                continue;
            }
            int mask = pending.length - 1;
            int slot = hash & mask;
            int same = -1;
            for (; pending[slot] != 0; slot = (slot + 1) & mask) {
                int row = pending[slot] - 1;
                if (batchHashes[row] == hash
                        && Arrays.equals(batch, row * layers, (row + 1) * layers, rows, offset, offset + layers)) {
                    same = row;
                    break;
                }
            }
            if (same >= 0) {
                repeatedIndividuals++;
                slotOf[i] = same;
            } else if (count < allowed) {
                System.arraycopy(rows, offset, batch, count * layers, layers);
                batchHashes[count] = hash;
                pending[slot] = count + 1;
                slotOf[i] = count++;
            } else {
                fitness.set(population, i, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
            }
        }
        evaluator.evaluate(batch, count, latency, energy);
        for (int k = 0; k < count; k++) {
            recorder.record(batch, k * layers, latency[k], energy[k]);
            memory.put(batch, k * layers, batchHashes[k], latency[k], energy[k]);
        }
        for (int i = 0; i < size; i++) {
            if (slotOf[i] >= 0) {
                fitness.set(population, i, latency[slotOf[i]], energy[slotOf[i]]);
            }
        }
        generationsWithoutNews = count == 0 ? generationsWithoutNews + 1 : 0;
        generations++;
    }
}
