package io.h2hdse.bench;

import io.h2hdse.eval.Problem;
import io.h2hdse.solver.h2h.H2hStepSolver;
import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import io.h2hdse.sweep.SystemGrid;
import io.h2hdse.sweep.SystemPoint;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.workload.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One design of {@code configs/sweeps/explore.yaml} on casia-surf with H2H as the inner solver, as an explore
 * job computes it: the design's system built from its knobs, its problem compiled (the layer costs come from
 * the JVM's MAESTRO cache, which a first pass over every design has filled) and H2H solved. Designs rotate, so
 * every call is another system point. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DesignBenchmark {
    private Workload model;
    private List<SystemPoint> designs;
    private int next;

    @Setup
    public void setUp() {
        Path spec = Path.of("configs/sweeps/explore.yaml");
        SweepSpec sweep = SweepSpecReader.read(spec, Path.of("configs"));
        model = sweep.model("casia-surf");
        SystemGrid grid = sweep.systems().getFirst();
        designs = grid.withDesigns(grid.explore()
                        .withStrategy(io.h2hdse.sweep.ExploreSpec.Strategy.GRID)
                        .fixedDesigns())
                .points();
        for (SystemPoint design : designs) {
            Sources.problem(model, design.system());
        }
    }

    @Benchmark
    public double designWithH2h() {
        SystemPoint design = designs.get(next);
        next = (next + 1) % designs.size();
        SystemFile system = design.system();
        Problem problem = Sources.problem(model, system);
        return H2hStepSolver.h2h().solveWithPlan(problem).result().bestLatency();
    }
}
