package io.h2hdse.solver.genetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The generational loop of Jenetics' {@code Engine} on {@link Population} arrays, step for step: select
 * the offspring (60 % of the population, rounded half-even) then the survivors from the evaluated
 * population; alter the offspring; repair individuals with disallowed genes and replace survivors and
 * offspring older than {@link #MAXIMUM_AGE} generations by random ones; evaluate the new population
 * (survivors first) in one batch. The steps and their operators' distributions are Jenetics', the
 * draws that realise them are ours (fewer, see the operators), so a seed gives another run than
 * Jenetics' engine gives, and the same run every time.
 */
final class Evolution {
    /** Jenetics' default maximal phenotype age. */
    static final long MAXIMUM_AGE = 70;

    private final RepairToAllowed repair;
    private final Selection selection;
    private final List<Variation> variations;
    private final BatchFitness fitness;
    private final int offspring;
    private final int survivors;
    private final int[] offspringPicks;
    private final int[] survivorPicks;
    private Population population;
    private Population next;
    private long generation = 1;

    Evolution(
            int populationSize,
            int layers,
            RepairToAllowed repair,
            Selection selection,
            List<Variation> variations,
            BatchFitness fitness) {
        this.repair = repair;
        this.selection = selection;
        this.variations = variations;
        this.fitness = fitness;
        this.offspring = (int) Math.rint(populationSize * 0.6);
        this.survivors = populationSize - offspring;
        offspringPicks = new int[offspring];
        survivorPicks = new int[survivors];
        population = new Population(populationSize, layers);
        next = new Population(populationSize, layers);
    }

    /**
     * The first population: the given mappings (at most a population's worth), then random allowed
     * ones, evaluated.
     */
    void start(List<int[]> initial, RandomGenerator random) {
        int layers = population.layers;
        for (int i = 0; i < population.size; i++) {
            if (i < initial.size()) {
                System.arraycopy(initial.get(i), 0, population.rows, i * layers, layers);
            } else {
                repair.random(population.rows, i * layers, random);
            }
            population.changed(i, generation);
        }
        fitness.evaluate(population);
    }

    /** One generation, from the evaluated population to the next one, evaluated. */
    void step(RandomGenerator random) {
        selection.prepare(population);
        selection.select(population, offspring, offspringPicks, random);
        selection.select(population, survivors, survivorPicks, random);
        for (int k = 0; k < offspring; k++) {
            next.copy(population, offspringPicks[k], survivors + k);
        }
        for (Variation variation : variations) {
            variation.alter(next, survivors, survivors + offspring, generation, random);
        }
        for (int k = 0; k < survivors; k++) {
            next.copy(population, survivorPicks[k], k);
        }
        for (int i = 0; i < next.size; i++) {
            filter(i, random);
        }
        fitness.evaluate(next);
        Population evaluated = next;
        next = population;
        population = evaluated;
        generation++;
    }

    /**
     * Jenetics' filter: an individual with a disallowed gene is repaired, else one too old is replaced.
     * Only mappings with re-drawn genes can hold disallowed ones (crossover exchanges the genes of one
     * layer, the swap moves only where allowed), so only they are tested.
     */
    private void filter(int i, RandomGenerator random) {
        int offset = i * next.layers;
        boolean unchecked = next.unchecked[i];
        next.unchecked[i] = false;
        if (unchecked && !repair.test(next.rows, offset)) {
            repair.repair(next.rows, offset);
            next.changed(i, generation);
        } else if (generation - next.born[i] > MAXIMUM_AGE) {
            repair.random(next.rows, offset, random);
            next.changed(i, generation);
        }
    }
}
