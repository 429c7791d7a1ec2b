package io.h2hdse.solver.genetic;

/**
 * A generation as primitive arrays: individual i's mapping is {@code rows[i * layers ..]}, its
 * fitness the pair ({@code first[i]}, {@code second[i]}) once {@code evaluated[i]}, and {@code born[i]}
 * the generation its mapping was made in (an individual unchanged for more than
 * {@link Evolution#MAXIMUM_AGE} generations is replaced, as Jenetics' engine does). {@code unchecked[i]}
 * marks a mapping that may hold genes on disallowed accelerators (re-drawn genes), the only ones the
 * repair needs to look at.
 */
final class Population {
    final int size;
    final int layers;
    final int[] rows;
    final double[] first;
    final double[] second;
    final boolean[] evaluated;
    final long[] born;
    final boolean[] unchecked;

    Population(int size, int layers) {
        this.size = size;
        this.layers = layers;
        rows = new int[size * layers];
        first = new double[size];
        second = new double[size];
        evaluated = new boolean[size];
        born = new long[size];
        unchecked = new boolean[size];
    }

    /** Individual {@code i} of {@code from} becomes individual {@code to} of this population, fitness and age kept. */
    void copy(Population from, int i, int to) {
        System.arraycopy(from.rows, i * layers, rows, to * layers, layers);
        first[to] = from.first[i];
        second[to] = from.second[i];
        evaluated[to] = from.evaluated[i];
        born[to] = from.born[i];
        unchecked[to] = from.unchecked[i];
    }

    /** Individual {@code i} has a new mapping, made in {@code generation}, not yet evaluated. */
    void changed(int i, long generation) {
        evaluated[i] = false;
        born[i] = generation;
    }
}
