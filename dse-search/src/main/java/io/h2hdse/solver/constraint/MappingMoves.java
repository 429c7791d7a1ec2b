package io.h2hdse.solver.constraint;

import io.h2hdse.eval.Problem;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The moves of {@code optaplanner}'s local search, drawn on the mapping as an {@code int[]}: each draw
 * picks one of four kinds with equal odds, as OptaPlanner's union of its generic change, swap, pillar
 * change and pillar swap selectors did, and draws a move of that kind the way those selectors draw
 * theirs. A change moves one layer to another allowed accelerator; a swap trades the accelerators of
 * two layers; a pillar change moves a random subset of the layers sharing an accelerator to another
 * one; a pillar swap trades the accelerators of two such subsets. Pillars (layers sharing an
 * accelerator) are how a mapping escapes when two branches must exchange accelerators: without them
 * late acceptance got stuck on about one instance in ten of the quality suite.
 *
 * <p>Why not OptaPlanner's own selectors: they drew the same kinds of moves, but rebuilt the pillars,
 * read each entity's value range and checked every move's doability through the generic domain model
 * at each step, which cost about as much CPU time as the evaluations they led to. Here a draw that is
 * not doable (the same accelerator, a layer the target may not run) is dropped before it becomes a
 * move, and the next draw starts again with a kind; a change is always doable, as the solver only
 * searches problems where some layer has a choice.
 */
public final class MappingMoves implements MoveIteratorFactory<MappingSolution, MappingMove> {
    private static final int KINDS = 4;

    /** The phase's search space, set when the phase starts: the problem's part of every step's draws. */
    private Space space;

    /**
     * What every step's draws share: the accelerator variable's descriptor (moves notify the score
     * director through it, sparing a look-up by name per change), which layers have a choice, and the
     * problem, which says which layer may run where.
     */
    private record Space(VariableDescriptor<MappingSolution> variable, int[] movable, Problem problem) {
        static Space of(ScoreDirector<MappingSolution> scoreDirector) {
            MappingSolution solution = scoreDirector.getWorkingSolution();
            List<LayerAssignment> layers = solution.getLayers();
            int[] movable = new int[layers.size()];
            int movableCount = 0;
            for (int l = 0; l < layers.size(); l++) {
                if (layers.get(l).allowedAccelerators().length > 1) {
                    movable[movableCount++] = l;
                }
            }
            if (movableCount == 0) {
                throw new IllegalStateException("no layer has a choice of accelerator: no move is doable");
            }
            VariableDescriptor<MappingSolution> variable = ((InnerScoreDirector<MappingSolution, ?>) scoreDirector)
                    .getSolutionDescriptor()
                    .findEntityDescriptorOrFail(LayerAssignment.class)
                    .getGenuineVariableDescriptor(MappingMove.VARIABLE);
            return new Space(
                    variable,
                    Arrays.copyOf(movable, movableCount),
                    solution.scorer().problem());
        }
    }

    @Override
    public void phaseStarted(ScoreDirector<MappingSolution> scoreDirector) {
        space = Space.of(scoreDirector);
    }

    @Override
    public long getSize(ScoreDirector<MappingSolution> scoreDirector) {
        long changes = 0;
        for (LayerAssignment layer : scoreDirector.getWorkingSolution().getLayers()) {
            changes += layer.allowedAccelerators().length - 1;
        }
        return changes;
    }

    @Override
    public Iterator<MappingMove> createOriginalMoveIterator(ScoreDirector<MappingSolution> scoreDirector) {
        throw new UnsupportedOperationException("the mapping moves are drawn at random only");
    }

    @Override
    public Iterator<MappingMove> createRandomMoveIterator(ScoreDirector<MappingSolution> scoreDirector, Random random) {
        return new Draws(space, scoreDirector.getWorkingSolution().getLayers(), random);
    }

    /** Moves drawn from one step's mapping (the working solution between moves; each move is undone). */
    private static final class Draws implements Iterator<MappingMove> {
        private final Space space;
        private final LayerAssignment[] layers;
        private final int[] mapping;
        private final int[] movable;
        private final Random random;
        /** Per accelerator its layers, the pillars; built at the first pillar draw of the step. */
        private int[][] pillars;
        /** The accelerators that hold at least one layer. */
        private int[] used;

        Draws(Space space, List<LayerAssignment> solution, Random random) {
            this.space = space;
            this.random = random;
            movable = space.movable();
            layers = solution.toArray(new LayerAssignment[0]);
            mapping = new int[layers.length];
            for (int l = 0; l < layers.length; l++) {
                mapping[l] = layers[l].getAccelerator();
            }
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public MappingMove next() {
            while (true) {
                MappingMove move = switch (random.nextInt(KINDS)) {
                    case 0 -> change();
                    case 1 -> swap();
                    case 2 -> pillarChange();
                    default -> pillarSwap();
                };
                if (move != null) {
                    return move;
                }
            }
        }

        private MappingMove change() {
            int layer = movable[random.nextInt(movable.length)];
            int[] allowed = layers[layer].allowedAccelerators();
            int to = allowed[random.nextInt(allowed.length - 1)];
            if (to == mapping[layer]) {
                to = allowed[allowed.length - 1];
            }
            return new MappingMove(
                    space.variable(),
                    new LayerAssignment[] {layers[layer]},
                    new Integer[] {to},
                    new Integer[] {mapping[layer]},
                    "change");
        }

        private MappingMove swap() {
            int left = random.nextInt(layers.length);
            int right = random.nextInt(layers.length);
            int a = mapping[left];
            int b = mapping[right];
            if (a == b || !allows(left, b) || !allows(right, a)) {
                return null;
            }
            return new MappingMove(
                    space.variable(),
                    new LayerAssignment[] {layers[left], layers[right]},
                    new Integer[] {b, a},
                    new Integer[] {a, b},
                    "swap");
        }

        private MappingMove pillarChange() {
            int[] pillar = subPillar(pillar());
            int from = mapping[pillar[0]];
            int[] allowed = layers[pillar[0]].allowedAccelerators();
            int to = allowed[random.nextInt(allowed.length)];
            if (to == from) {
                return null;
            }
            for (int layer : pillar) {
                if (!allows(layer, to)) {
                    return null;
                }
            }
            return pillarMove(pillar, to, new int[0], from, "pillarChange");
        }

        private MappingMove pillarSwap() {
            int[] left = pillar();
            int[] right = pillar();
            if (left == right) {
                return null;
            }
            left = subPillar(left);
            right = subPillar(right);
            int a = mapping[left[0]];
            int b = mapping[right[0]];
            for (int layer : left) {
                if (!allows(layer, b)) {
                    return null;
                }
            }
            for (int layer : right) {
                if (!allows(layer, a)) {
                    return null;
                }
            }
            return pillarMove(left, b, right, a, "pillarSwap");
        }

        /** {@code first} to accelerator {@code b}, {@code second} to {@code a}, as one move. */
        private MappingMove pillarMove(int[] first, int b, int[] second, int a, String type) {
            int size = first.length + second.length;
            LayerAssignment[] moved = new LayerAssignment[size];
            Integer[] to = new Integer[size];
            Integer[] from = new Integer[size];
            for (int i = 0; i < size; i++) {
                int layer = i < first.length ? first[i] : second[i - first.length];
                moved[i] = layers[layer];
                to[i] = i < first.length ? b : a;
                from[i] = mapping[layer];
            }
            return new MappingMove(space.variable(), moved, to, from, type);
        }

        /** A pillar drawn uniformly among the accelerators that hold layers (the same array for the same pillar). */
        private int[] pillar() {
            if (pillars == null) {
                buildPillars();
            }
            return pillars[used[random.nextInt(used.length)]];
        }

        /** A uniformly drawn size from 1 to the pillar's, then that many of its layers drawn without repetition. */
        private int[] subPillar(int[] pillar) {
            int size = 1 + random.nextInt(pillar.length);
            if (size == pillar.length) {
                return pillar;
            }
            int[] pool = pillar.clone();
            for (int i = 0; i < size; i++) {
                int pick = i + random.nextInt(pool.length - i);
                int layer = pool[pick];
                pool[pick] = pool[i];
                pool[i] = layer;
            }
            return Arrays.copyOf(pool, size);
        }

        private void buildPillars() {
            int accelerators = space.problem().accelerators();
            int[] counts = new int[accelerators];
            for (int a : mapping) {
                counts[a]++;
            }
            pillars = new int[accelerators][];
            int usedCount = 0;
            for (int a = 0; a < accelerators; a++) {
                pillars[a] = new int[counts[a]];
                usedCount += counts[a] > 0 ? 1 : 0;
                counts[a] = 0;
            }
            used = new int[usedCount];
            for (int a = 0, u = 0; a < accelerators; a++) {
                if (pillars[a].length > 0) {
                    used[u++] = a;
                }
            }
            for (int l = 0; l < mapping.length; l++) {
                pillars[mapping[l]][counts[mapping[l]]++] = l;
            }
        }

        private boolean allows(int layer, int accelerator) {
            return space.problem().allowed(layer, accelerator);
        }
    }
}
