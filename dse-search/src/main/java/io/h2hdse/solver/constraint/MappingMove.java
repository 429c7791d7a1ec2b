package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.VariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.Arrays;
import java.util.List;

/**
 * Some layers each moved to a given accelerator: a change (one layer), a swap (two layers trading
 * accelerators) or a pillar move (several). Made by {@link MappingMoves} only where doable, so it
 * checks nothing; its undo is the same move with the accelerators it replaced.
 */
final class MappingMove implements Move<MappingSolution> {
    static final String VARIABLE = "accelerator";

    private final VariableDescriptor<MappingSolution> variable;
    private final LayerAssignment[] layers;
    private final Integer[] to;
    private final Integer[] from;
    private final String type;

    MappingMove(
            VariableDescriptor<MappingSolution> variable,
            LayerAssignment[] layers,
            Integer[] to,
            Integer[] from,
            String type) {
        this.variable = variable;
        this.layers = layers;
        this.to = to;
        this.from = from;
        this.type = type;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MappingSolution> scoreDirector) {
        return true;
    }

    @Override
    public Move<MappingSolution> doMove(ScoreDirector<MappingSolution> scoreDirector) {
        doMoveOnly(scoreDirector);
        return new MappingMove(variable, layers, from, to, type);
    }

    @Override
    public void doMoveOnly(ScoreDirector<MappingSolution> scoreDirector) {
        InnerScoreDirector<MappingSolution, ?> director = (InnerScoreDirector<MappingSolution, ?>) scoreDirector;
        for (int i = 0; i < layers.length; i++) {
            director.beforeVariableChanged(variable, layers[i]);
            layers[i].setAccelerator(to[i]);
            director.afterVariableChanged(variable, layers[i]);
        }
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return type;
    }

    @Override
    public List<LayerAssignment> getPlanningEntities() {
        return Arrays.asList(layers);
    }

    @Override
    public List<Integer> getPlanningValues() {
        return Arrays.asList(to);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type);
        for (int i = 0; i < layers.length; i++) {
            text.append(' ')
                    .append(layers[i].getLayer())
                    .append(':')
                    .append(from[i])
                    .append("->")
                    .append(to[i]);
        }
        return text.toString();
    }
}
