package io.h2hdse.cost.maestro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.h2hdse.cost.maestro.Dim.C;
import static io.h2hdse.cost.maestro.Dim.K;
import static io.h2hdse.cost.maestro.Dim.R;
import static io.h2hdse.cost.maestro.Dim.S;
import static io.h2hdse.cost.maestro.Dim.X;
import static io.h2hdse.cost.maestro.Dim.X_OUT;
import static io.h2hdse.cost.maestro.Dim.Y;
import static io.h2hdse.cost.maestro.Dim.Y_OUT;

/**
 * The dataflows shipped with MAESTRO, as templates that adapt to each layer the way the repository's
 * per-layer mapping files do: filter-sized maps follow R and S, and the YX-P column tile is
 * {@code S + 7} wide with offset 8 (14 for 7x7, 10 for 3x3, 8 for 1x1), capped at the layer's width
 * (a wider tile leaves MAESTRO no valid iteration at all). Depthwise layers cannot use
 * a K directive, so each preset that has one has a {@code _dw} twin without it, picked automatically
 * for depthwise layers.
 */
public final class MaestroPresets {
    private static final Map<String, Dataflow> PRESETS = new LinkedHashMap<>();

    static {
        // NVDLA-like: output channels across clusters, 64 input channels across the PEs of a cluster.
        add(
                "kcp_ws",
                spatial(1, 1, K),
                temporal(64, 64, C),
                wholeFilter(R),
                wholeFilter(S),
                window(Y),
                window(X),
                cluster(SizeExpr.of(64)),
                spatial(1, 1, C),
                window(Y),
                window(X),
                wholeFilter(R),
                wholeFilter(S));
        add(
                "kcp_ws_dw",
                spatial(64, 64, C),
                wholeFilter(R),
                wholeFilter(S),
                window(Y),
                window(X),
                cluster(SizeExpr.of(64)),
                spatial(1, 1, C),
                window(Y),
                window(X),
                wholeFilter(R),
                wholeFilter(S));
        // ShiDianNao-like: output rows across clusters, output columns across the 8 PEs of a cluster.
        add(
                "yxp_os",
                temporal(1, 1, K),
                temporal(1, 1, C),
                new DirectiveTemplate(Directive.Kind.SPATIAL, Y, SizeExpr.sizeOf(R), SizeExpr.of(1)),
                columnTile(),
                cluster(SizeExpr.of(8)),
                new DirectiveTemplate(Directive.Kind.SPATIAL, X, SizeExpr.sizeOf(S), SizeExpr.of(1)),
                wholeFilter(R),
                wholeFilter(S));
        add(
                "yxp_os_dw",
                temporal(1, 1, C),
                new DirectiveTemplate(Directive.Kind.SPATIAL, Y, SizeExpr.sizeOf(R), SizeExpr.of(1)),
                columnTile(),
                cluster(SizeExpr.of(8)),
                new DirectiveTemplate(Directive.Kind.SPATIAL, X, SizeExpr.sizeOf(S), SizeExpr.of(1)),
                wholeFilter(R),
                wholeFilter(S));
        // Eyeriss-like row-stationary: a cluster of R PEs, each holding one filter row.
        add(
                "rs",
                spatial(1, 1, Y_OUT),
                temporal(1, 1, X_OUT),
                temporal(1, 1, C),
                temporal(16, 16, K),
                wholeFilter(R),
                wholeFilter(S),
                cluster(SizeExpr.sizeOf(R)),
                spatial(1, 1, Y),
                spatial(1, 1, R),
                wholeFilter(S));
        add(
                "rs_dw",
                spatial(1, 1, Y_OUT),
                temporal(1, 1, X_OUT),
                temporal(1, 1, C),
                wholeFilter(R),
                wholeFilter(S),
                cluster(SizeExpr.sizeOf(R)),
                spatial(1, 1, Y),
                spatial(1, 1, R),
                wholeFilter(S));
        // The front-end's default for depthwise layers: channels across PEs, one level.
        add("dpt", spatial(1, 1, C), window(Y), window(X), wholeFilter(R), wholeFilter(S));
        // 1-D systolic-like X-P weight-stationary, one level.
        add(
                "xp_ws",
                temporal(1, 1, K),
                temporal(1, 1, C),
                window(Y),
                new DirectiveTemplate(Directive.Kind.SPATIAL, X, SizeExpr.sizeOf(S), SizeExpr.of(1)),
                wholeFilter(R),
                wholeFilter(S));
        add(
                "xp_ws_dw",
                temporal(1, 1, C),
                window(Y),
                new DirectiveTemplate(Directive.Kind.SPATIAL, X, SizeExpr.sizeOf(S), SizeExpr.of(1)),
                wholeFilter(R),
                wholeFilter(S));
    }

    private MaestroPresets() {}

    public static Set<String> names() {
        return PRESETS.keySet();
    }

    public static Optional<Dataflow> find(String name) {
        return Optional.ofNullable(PRESETS.get(name));
    }

    /** The preset for a layer type: a depthwise layer gets the {@code _dw} twin when there is one. */
    public static Optional<Dataflow> find(String name, LayerType type) {
        if (type == LayerType.DSCONV && PRESETS.containsKey(name + "_dw")) {
            return find(name + "_dw");
        }
        return find(name);
    }

    private static void add(String name, DirectiveTemplate... directives) {
        PRESETS.put(name, new Dataflow(name, List.of(directives)));
    }

    private static DirectiveTemplate temporal(int size, int offset, Dim dim) {
        return DirectiveTemplate.temporal(SizeExpr.of(size), SizeExpr.of(offset), dim);
    }

    private static DirectiveTemplate spatial(int size, int offset, Dim dim) {
        return DirectiveTemplate.spatial(SizeExpr.of(size), SizeExpr.of(offset), dim);
    }

    private static DirectiveTemplate cluster(SizeExpr size) {
        return DirectiveTemplate.cluster(size);
    }

    /** {@code TemporalMap(Sz(R),Sz(R)) R}: the whole filter row/column at once. */
    private static DirectiveTemplate wholeFilter(Dim filter) {
        return DirectiveTemplate.temporal(SizeExpr.sizeOf(filter), SizeExpr.sizeOf(filter), filter);
    }

    /** {@code TemporalMap(Sz(R),1) Y}: one filter window, sliding by one. */
    private static DirectiveTemplate window(Dim input) {
        Dim filter = input.slidingPartner();
        return DirectiveTemplate.temporal(SizeExpr.sizeOf(filter), SizeExpr.of(1), input);
    }

    /** {@code TemporalMap(S+7,8) X}: eight output columns per cluster step. */
    private static DirectiveTemplate columnTile() {
        return DirectiveTemplate.temporal(SizeExpr.sizeOf(S).plus(7).atMostSizeOf(X), SizeExpr.of(8), X);
    }
}
