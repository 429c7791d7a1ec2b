package io.h2hdse.solver.genetic;

import io.jenetics.ext.moea.ElementComparator;
import io.jenetics.ext.moea.Pareto;
import io.jenetics.ext.moea.Vec;
import io.jenetics.util.ISeq;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ParetoRanks} against Jenetics' {@code Pareto.rank} and {@code Pareto.crowdingDistance} called as
 * {@code UFTournamentSelector} calls them for minimisation, on random populations with many ties,
 * duplicates, negative zeros, infinities and NaNs.
 */
class ParetoRanksTest {
    private static final double[] VALUES = {-1, -0.0, 0.0, 0.5, 1, 1, 2, 3.25, Double.POSITIVE_INFINITY, Double.NaN};

    @Test
    void ranksDistancesAndEqualsAreJenetics() {
        Random random = new Random(12);
        for (int round = 0; round < 400; round++) {
            int size = 1 + random.nextInt(round < 200 ? 12 : 90);
            double[] x = new double[size];
            double[] y = new double[size];
            for (int i = 0; i < size; i++) {
                boolean wide = random.nextBoolean();
                x[i] = wide ? random.nextInt(20) : VALUES[random.nextInt(VALUES.length)];
                y[i] = wide ? random.nextInt(20) : VALUES[random.nextInt(VALUES.length)];
            }
            if (round % 10 == 0) {
                Arrays.fill(x, Double.POSITIVE_INFINITY);
            }
            check(x, y, "round " + round);
        }
    }

    private static void check(double[] x, double[] y, String what) {
        List<Vec<double[]>> vecs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            vecs.add(Vec.of(x[i], y[i]));
        }
        ISeq<Vec<double[]>> set = ISeq.of(vecs);
        // As UFTournamentSelector under Optimize.MINIMUM: the dominance and the element order reversed.
        Comparator<Vec<double[]>> dominance = Vec::dominance;
        ElementComparator<Vec<double[]>> compare = Vec::compare;
        int[] expectedRanks = Pareto.rank(set, dominance.reversed());
        double[] expectedDistances = Pareto.crowdingDistance(set, compare.reversed(), Vec::distance, Vec::length);
        ParetoRanks ranks = new ParetoRanks(x.length);
        ranks.compute(x, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expectedRanks[i], ranks.rank(i), what + ": rank of " + i);
            assertEquals(expectedDistances[i], ranks.crowding(i), what + ": distance of " + i);
            List<Integer> equal = new ArrayList<>();
            for (int j = 0; j < x.length; j++) {
                if (vecs.get(j).equals(vecs.get(i))) {
                    equal.add(j);
                }
            }
            assertEquals(equal.size(), ranks.equalFitnessCount(i), what);
            for (int k = 0; k < equal.size(); k++) {
                assertEquals(equal.get(k), ranks.equalFitness(i, k), what);
            }
        }
    }
}
