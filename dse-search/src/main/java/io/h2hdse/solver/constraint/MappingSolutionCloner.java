package io.h2hdse.solver.constraint;

import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;

import java.util.ArrayList;
import java.util.List;

/**
 * Clones a mapping for OptaPlanner's best solution: a new assignment per layer, the problem's parts
 * (allowed accelerators, the scorer) shared. OptaPlanner's generic cloner walked every field by
 * reflection at each new best, which late acceptance reaches often early in a solve.
 */
public final class MappingSolutionCloner implements SolutionCloner<MappingSolution> {
    @Override
    public MappingSolution cloneSolution(MappingSolution original) {
        List<LayerAssignment> layers = new ArrayList<>(original.getLayers().size());
        for (LayerAssignment layer : original.getLayers()) {
            layers.add(layer.copy());
        }
        MappingSolution clone = new MappingSolution(layers, original.scorer());
        clone.setScore(original.getScore());
        return clone;
    }
}
