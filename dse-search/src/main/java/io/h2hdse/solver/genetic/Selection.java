package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/** Picks individuals of an evaluated population, with replacement, by their index. */
interface Selection {
    /** Called once per generation, before its selections, with the population they pick from. */
    void prepare(Population population);

    /** Fills {@code picks[0 .. count)}. */
    void select(Population population, int count, int[] picks, RandomGenerator random);
}
