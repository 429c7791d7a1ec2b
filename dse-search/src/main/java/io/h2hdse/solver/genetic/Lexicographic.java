package io.h2hdse.solver.genetic;

/** A single-objective fitness: compared by the first value, ties broken by the second. */
record Lexicographic(double first, double second) implements Comparable<Lexicographic> {
    @Override
    public int compareTo(Lexicographic other) {
        int byFirst = Double.compare(first, other.first);
        return byFirst != 0 ? byFirst : Double.compare(second, other.second);
    }
}
