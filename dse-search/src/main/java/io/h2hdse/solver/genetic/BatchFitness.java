package io.h2hdse.solver.genetic;

import io.h2hdse.eval.Evaluator;
import io.h2hdse.solver.SearchRecorder;
import io.jenetics.Chromosome;
import io.jenetics.IntegerGene;
import io.jenetics.Phenotype;
import io.jenetics.util.ISeq;
import io.jenetics.util.MSeq;
import io.jenetics.util.Seq;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a population through the evaluator's batch entry point and reports every evaluation to
 * the recorder. A converging population keeps producing mappings it has already seen (crossing equal
 * parents, mutations undone by repair); those take their remembered fitness and spend no budget.
 * Individuals beyond the budget get the worst fitness without being evaluated, so the run never
 * overspends; the engine's stream stops at the next generation.
 */
final class BatchFitness<C extends Comparable<? super C>> implements io.jenetics.engine.Evaluator<IntegerGene, C> {
    /** Remembered mappings (least recently inserted forgotten first): bounds memory on long runs. */
    private static final int MEMORY = 200_000;
    /** Generations in a row without a new mapping after which the search counts as stalled. */
    private static final int STALL_GENERATIONS = 50;

    private final Evaluator evaluator;
    private final SearchRecorder recorder;
    private final FitnessOf<C> fitness;
    private final C worst;
    private final int layers;
    private final Map<String, C> seen = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, C> eldest) {
            return size() > MEMORY;
        }
    };
    /** Mappings of this generation seen for the first time, by key → their row in {@link #mappings}. */
    private final Map<String, Integer> slots = new HashMap<>();

    private int[] mappings = new int[0];
    private double[] latency = new double[0];
    private double[] energy = new double[0];
    private int generationsWithoutNews;
    private long generations;
    private long newIndividuals;
    private long repeatedIndividuals;

    BatchFitness(Evaluator evaluator, SearchRecorder recorder, FitnessOf<C> fitness) {
        this.evaluator = evaluator;
        this.recorder = recorder;
        this.fitness = fitness;
        this.worst = fitness.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        this.layers = evaluator.problem().layers();
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

    @Override
    public ISeq<Phenotype<IntegerGene, C>> eval(Seq<Phenotype<IntegerGene, C>> population) {
        int size = population.size();
        if (latency.length < size) {
            mappings = new int[size * layers];
            latency = new double[size];
            energy = new double[size];
        }
        long allowed = recorder.exhausted() ? 0 : recorder.remainingEvaluations();
        MSeq<Phenotype<IntegerGene, C>> evaluated = MSeq.of(population);
        slots.clear();
        int[] slotOf = new int[size];
        String[] keys = new String[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            slotOf[i] = -1;
            Phenotype<IntegerGene, C> individual = population.get(i);
            if (individual.isEvaluated()) {
                continue;
            }
            newIndividuals++;
            String key = readInto(individual.genotype().chromosome(), count * layers);
            C known = seen.get(key);
            Integer slot = slots.get(key);
            if (known != null) {
                repeatedIndividuals++;
                evaluated.set(i, individual.withFitness(known));
            } else if (slot != null) {
                repeatedIndividuals++;
                slotOf[i] = slot;
            } else if (count < allowed) {
                keys[count] = key;
                slots.put(key, count);
                slotOf[i] = count++;
            } else {
                evaluated.set(i, individual.withFitness(worst));
            }
        }
        evaluator.evaluate(mappings, count, latency, energy);
        for (int k = 0; k < count; k++) {
            recorder.record(mappings, k * layers, latency[k], energy[k]);
            seen.put(keys[k], fitness.of(latency[k], energy[k]));
        }
        for (int i = 0; i < size; i++) {
            if (slotOf[i] >= 0) {
                evaluated.set(i, population.get(i).withFitness(seen.get(keys[slotOf[i]])));
            }
        }
        generationsWithoutNews = count == 0 ? generationsWithoutNews + 1 : 0;
        generations++;
        return evaluated.toISeq();
    }

    /**
     * Copies the genes into {@code mappings} from {@code offset} (the next free row: kept only if the
     * mapping is new) and returns the mapping as a string of accelerator ids, a compact hash key.
     */
    private String readInto(Chromosome<IntegerGene> genes, int offset) {
        char[] ids = new char[layers];
        for (int l = 0; l < layers; l++) {
            int a = genes.get(l).intValue();
            mappings[offset + l] = a;
            ids[l] = (char) a;
        }
        return new String(ids);
    }
}
