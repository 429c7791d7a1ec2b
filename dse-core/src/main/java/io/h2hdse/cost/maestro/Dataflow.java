package io.h2hdse.cost.maestro;

import java.util.List;

/** A named dataflow template: the directive list of a {@code .m} Dataflow block, or a preset. */
public record Dataflow(String name, List<DirectiveTemplate> directives) {
    public Dataflow {
        if (directives == null || directives.isEmpty()) {
            throw new IllegalArgumentException("dataflow " + name + " has no directives");
        }
        directives = List.copyOf(directives);
    }

    List<Directive> resolve(LayerDims dims) {
        return directives.stream().map(d -> d.resolve(dims)).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
