package io.h2hdse.solver.genetic;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The genetic operators' distributions, counted over many draws from fixed seeds against the
 * probabilities Jenetics' operators have, computed by hand: mutation's three levels, the uniform
 * crossover's fair coins, uniform mates and cut points, uniform subsets, the tournament's pick
 * probabilities.
 */
class GeneticDrawsTest {
    @Test
    void mutationPicksIndividualsChromosomesAndGenesWithProbabilityTheCubeRootOfP() {
        int layers = 70;
        int accelerators = 5;
        int individuals = 20_000;
        double p = 0.2;
        double q = Math.cbrt(p);
        Population population = new Population(individuals, layers);
        new GeneRedraw(p, accelerators).alter(population, 0, individuals, 7, generator(1));
        long picked = 0;
        long redrawn = 0;
        long changed = 0;
        long[] values = new long[accelerators];
        for (int i = 0; i < individuals; i++) {
            picked += population.born[i] == 7 ? 1 : 0;
            redrawn += population.unchecked[i] ? 1 : 0;
            for (int l = 0; l < layers; l++) {
                int gene = population.rows[i * layers + l];
                values[gene]++;
                changed += gene != 0 ? 1 : 0;
            }
            assertTrue(!population.unchecked[i] || population.born[i] == 7, "a re-drawn individual is new");
        }
        Frequencies.assertNear(picked, individuals, q, "individuals picked");
        Frequencies.assertNear(redrawn, individuals, q * q, "chromosomes picked");
        long genes = (long) individuals * layers;
        // Only genes of picked chromosomes can change, each picked with probability q, and a re-drawn gene lands
        // on its old accelerator (0) one time in five.
        long genesOfRedrawn = redrawn * layers;
        Frequencies.assertNear(changed, genesOfRedrawn, q * (accelerators - 1) / accelerators, "genes changed");
        for (int a = 1; a < accelerators; a++) {
            Frequencies.assertNear(values[a], genesOfRedrawn, q / accelerators, "genes re-drawn to " + a);
        }
        assertEquals(genes, Arrays.stream(values).sum());
    }

    @Test
    void uniformCrossoverSwapsEachGeneWithProbabilityHalfIndependently() {
        int layers = 150; // three 64-bit words, the last one in part
        int trials = 20_000;
        long[] swapped = new long[layers];
        long bothNeighbours = 0;
        UniformGeneCrossover crossover = new UniformGeneCrossover(1);
        RandomGenerator random = generator(2);
        int[] rows = new int[2 * layers];
        for (int t = 0; t < trials; t++) {
            Arrays.fill(rows, 0, layers, 0);
            Arrays.fill(rows, layers, 2 * layers, 1);
            crossover.exchange(rows, 0, layers, layers, random);
            for (int l = 0; l < layers; l++) {
                assertEquals(1, rows[l] + rows[layers + l], "the genes change sides");
                swapped[l] += rows[l];
                if (l > 0 && rows[l] == 1 && rows[l - 1] == 1) {
                    bothNeighbours++;
                }
            }
        }
        for (int l = 0; l < layers; l++) {
            Frequencies.assertNear(swapped[l], trials, 0.5, "gene " + l + " swapped");
        }
        Frequencies.assertNear(bothNeighbours, (long) trials * (layers - 1), 0.25, "neighbours both swapped");
    }

    @Test
    void twoPointCrossoverCutsAtAUniformPairOfPositions() {
        int layers = 6;
        int trials = 30_000;
        MultiPointGeneCrossover crossover = new MultiPointGeneCrossover(1, 2);
        RandomGenerator random = generator(3);
        Map<String, Long> cuts = new HashMap<>();
        int[] rows = new int[2 * layers];
        for (int t = 0; t < trials; t++) {
            Arrays.fill(rows, 0, layers, 0);
            Arrays.fill(rows, layers, 2 * layers, 1);
            crossover.exchange(rows, 0, layers, layers, random);
            int from = 0;
            while (from < layers && rows[from] == 0) {
                from++;
            }
            int to = from;
            while (to < layers && rows[to] == 1) {
                to++;
            }
            for (int l = to; l < layers; l++) {
                assertEquals(0, rows[l], "one run of genes changes sides");
            }
            assertTrue(from < to, "two distinct cut points");
            cuts.merge(from + "-" + to, 1L, Long::sum);
        }
        assertEquals(15, cuts.size(), "every pair of 6 positions");
        cuts.forEach((pair, count) -> Frequencies.assertNear(count, trials, 1.0 / 15, "cuts " + pair));
    }

    /**
     * Jenetics' mate: a uniform pair a &lt; b of the 7 offspring, in which i replaces b when a &lt; i, else a. For
     * i = 3 the mates 0, 1, 2 come from the 6, 5, 4 pairs with that a, the mates 4, 5, 6 from the 1, 2, 3 pairs
     * with that b and a ≥ 3, of 21 pairs.
     */
    @Test
    void matesAreDrawnAsJeneticsDrawsThem() {
        int size = 7;
        int trials = 84_000;
        RandomGenerator random = generator(4);
        int[][] pairsOf = {{0, 1, 2, 3, 4, 5, 6}, {6, 0, 1, 2, 3, 4, 5}, {6, 5, 4, 0, 1, 2, 3}, {6, 5, 4, 3, 2, 1, 0}};
        int[] in = {0, 1, 3, 6};
        for (int c = 0; c < in.length; c++) {
            int i = in[c];
            long[] counts = new long[size];
            for (int t = 0; t < trials; t++) {
                counts[PairCrossover.mate(i, size, random)]++;
            }
            assertEquals(0, counts[i], "never itself");
            for (int m = 0; m < size; m++) {
                Frequencies.assertNear(counts[m], trials, pairsOf[c][m] / 21.0, "mate " + m + " of " + i);
            }
        }
    }

    @Test
    void subsetsAreUniformAndAscending() {
        int n = 6;
        int trials = 40_000;
        SortedSubset subsets = new SortedSubset();
        RandomGenerator random = generator(5);
        for (int k = 0; k <= n; k++) {
            int[] subset = new int[k];
            Map<String, Long> counts = new HashMap<>();
            for (int t = 0; t < trials; t++) {
                subsets.next(random, n, subset);
                for (int j = 1; j < k; j++) {
                    assertTrue(subset[j - 1] < subset[j], "ascending and distinct");
                }
                counts.merge(Arrays.toString(subset), 1L, Long::sum);
            }
            int choose = binomial(n, k);
            assertEquals(choose, counts.size(), "every " + k + "-subset of " + n);
            counts.forEach((s, count) -> Frequencies.assertNear(count, trials, 1.0 / choose, s));
        }
        int[] all = new int[n];
        subsets.next(random, n, all);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, all);
    }

    /**
     * The elite first, then 3-tournaments with replacement: the individual of rank r (0 best) of n distinct
     * fitnesses wins with probability ((n − r)³ − (n − r − 1)³) / n³.
     */
    @Test
    void tournamentPicksByRankAsThreeDrawsWithReplacement() {
        int n = 10;
        Population population = new Population(n, 1);
        int[] rankOf = {4, 9, 0, 7, 2, 5, 1, 8, 3, 6};
        for (int i = 0; i < n; i++) {
            population.first[i] = rankOf[i];
            population.evaluated[i] = true;
        }
        EliteTournament tournament = new EliteTournament();
        tournament.prepare(population);
        RandomGenerator random = generator(6);
        int count = 50;
        int rounds = 4_000;
        int[] picks = new int[count];
        long[] wins = new long[n];
        for (int round = 0; round < rounds; round++) {
            tournament.select(population, count, picks, random);
            assertEquals(2, picks[0], "the elite first");
            for (int k = 1; k < count; k++) {
                wins[rankOf[picks[k]]]++;
            }
        }
        long trials = (long) rounds * (count - 1);
        for (int r = 0; r < n; r++) {
            double p = (Math.pow(n - r, 3) - Math.pow(n - r - 1, 3)) / Math.pow(n, 3);
            Frequencies.assertNear(wins[r], trials, p, "rank " + r);
        }
    }

    @Test
    void fitnessKeysOrderAsDoubleCompare() {
        double[] values = {
            Double.NEGATIVE_INFINITY,
            -1e300,
            -1,
            -Double.MIN_VALUE,
            -0.0,
            0.0,
            Double.MIN_VALUE,
            1e-9,
            1,
            3e8,
            Double.MAX_VALUE,
            Double.POSITIVE_INFINITY,
            Double.NaN,
            Double.longBitsToDouble(0x7ff0_0000_0000_0001L)
        };
        for (double a : values) {
            for (double b : values) {
                assertEquals(
                        Integer.signum(Double.compare(a, b)),
                        Long.signum(Long.compare(EliteTournament.ordered(a), EliteTournament.ordered(b))),
                        a + " against " + b);
            }
        }
    }

    private static int binomial(int n, int k) {
        int c = 1;
        for (int i = 0; i < k; i++) {
            c = c * (n - i) / (i + 1);
        }
        return c;
    }

    private static RandomGenerator generator(long seed) {
        return new FastBoundedRandom(
                RandomGeneratorFactory.of("L64X256MixRandom").create(seed));
    }
}
