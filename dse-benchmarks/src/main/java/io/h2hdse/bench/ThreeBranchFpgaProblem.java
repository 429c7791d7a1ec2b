package io.h2hdse.bench;

import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic multi-modal CNN in the H2H release's shape: three branches of 50 VGG-like 3×3 conv
 * layers ({@code M<k>L<i>}), branches 2 and 3 fused into branch 1 at its layer 26, on four FPGA tile
 * accelerators with the release's parameter sets, executed as the release does.
 */
final class ThreeBranchFpgaProblem {
    static final int LAYERS_PER_BRANCH = 50;
    static final int FUSION_AT = 26;

    private ThreeBranchFpgaProblem() {}

    static Problem problem() {
        List<Layer> layers = new ArrayList<>();
        for (int branch = 1; branch <= 3; branch++) {
            for (int i = 1; i <= LAYERS_PER_BRANCH; i++) {
                int stage = Math.min(3, (i - 1) / 13);
                int out = 64 << stage;
                int rows = 112 >> stage;
                int in = i == 1 ? 3 : (branch == 1 && i == FUSION_AT ? 3 * out : 64 << Math.min(3, (i - 2) / 13));
                List<String> inputs = new ArrayList<>();
                if (i > 1) {
                    inputs.add("M" + branch + "L" + (i - 1));
                }
                if (branch == 1 && i == FUSION_AT) {
                    inputs.add("M2L" + LAYERS_PER_BRANCH);
                    inputs.add("M3L" + LAYERS_PER_BRANCH);
                }
                layers.add(new Layer(
                        "M" + branch + "L" + i,
                        Conv.square(out, 3, 2, 1),
                        new Shape(in, 2 * rows, 2 * rows),
                        inputs,
                        "M" + branch,
                        ""));
            }
        }
        Workload workload = Workload.of("three-branch-150", 32, layers, ShapeCheck.NONE);
        List<Accelerator> accs = List.of(
                fpga("vc707", 61.62, 100, 64, 7, 13, 13, 1, 0.5, 18.61),
                fpga("arria10", 86.6, 370, 32, 32, 16, 14, 2, 0.5, 37.46),
                fpga("zcu102", 75, 100, 32, 32, 16, 14, 0.5, 0.8, 27),
                fpga("zc706", 28, 100, 32, 32, 16, 14, 1, 0.8, 10));
        Map<String, Link> links = new LinkedHashMap<>();
        accs.forEach(a -> links.put(a.name(), new Link(1.25, 0)));
        SystemSpec system =
                new SystemSpec("four-fpga", accs, new Interconnect(links, List.of(), 0), ExecutionOptions.h2hRelease());
        return Problem.compile(workload, system, new FpgaTileCostModel());
    }

    private static Accelerator fpga(
            String name,
            double gops,
            double mhz,
            int tm,
            int tn,
            int tr,
            int tc,
            double memoryGb,
            double weightShare,
            double powerW) {
        FpgaTileSpec spec = new FpgaTileSpec(gops, mhz, 512, tm, tn, tr, tc, tr, tc, 32);
        return new Accelerator(name, EnumSet.of(OpKind.CONV), spec, memoryGb * 1e9, weightShare, 0, powerW);
    }
}
