package io.h2hdse.cost.maestro;

/** A directive as written in a dataflow: its sizes may depend on the layer ({@code Sz(R)}). */
public record DirectiveTemplate(Directive.Kind kind, Dim dim, SizeExpr size, SizeExpr offset) {
    public static DirectiveTemplate temporal(SizeExpr size, SizeExpr offset, Dim dim) {
        return new DirectiveTemplate(Directive.Kind.TEMPORAL, dim, size, offset);
    }

    public static DirectiveTemplate spatial(SizeExpr size, SizeExpr offset, Dim dim) {
        return new DirectiveTemplate(Directive.Kind.SPATIAL, dim, size, offset);
    }

    public static DirectiveTemplate cluster(SizeExpr size) {
        return new DirectiveTemplate(Directive.Kind.CLUSTER, null, size, SizeExpr.of(0));
    }

    Directive resolve(LayerDims dims) {
        return new Directive(kind, dim, size.resolve(dims), offset.resolve(dims));
    }

    @Override
    public String toString() {
        return Directive.text(kind, dim, size.toString(), offset.toString());
    }
}
