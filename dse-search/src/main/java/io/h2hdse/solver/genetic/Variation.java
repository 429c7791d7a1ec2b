package io.h2hdse.solver.genetic;

import java.util.random.RandomGenerator;

/** One step that alters the offspring, individuals {@code from .. to} of a population, in place. */
interface Variation {
    void alter(Population population, int from, int to, long generation, RandomGenerator random);
}
