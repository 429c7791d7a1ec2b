package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

import java.util.List;

import static io.h2hdse.workload.zoo.Blocks.bottleneck;
import static io.h2hdse.workload.zoo.Blocks.stage;

/**
 * {@code facebagnet}: the multi-stream patch model of Shen et al., "FaceBagNet: Bag-of-local-features
 * Model for Multi-modal Face Anti-spoofing" (CVPR Workshops 2019), for one 48×48 patch per modality
 * (our choice among the paper's patch sizes; at batch 1 one patch is one inference).
 *
 * <p>Branches {@code rgb}, {@code depth} and {@code ir}: a 3×3 stem to 64 channels (no pooling, the
 * patch is small) and two ResNeXt stages (bottlenecks with 32-group 3×3 convolutions) to 128×48×48
 * and 256×24×24. Their features are concatenated (768×24×24, branch {@code fused}; the paper's random
 * modal feature erasing is a training-time operation and costs nothing at inference), then two shared
 * ResNeXt stages to 512×12×12 and 1024×6×6, global average pooling and a 2-way classifier (task
 * {@value #TASK}). Stage widths and two blocks per stage are our choices (a compact ResNeXt); the
 * squeeze-and-excitation re-weighting is left out as in {@link CasiaSurf}.
 */
final class FaceBagNet {
    static final String TASK = "anti_spoofing";
    private static final Shape PATCH = Shape.of(3, 48, 48);
    private static final int GROUPS = 32;

    private FaceBagNet() {}

    static Workload faceBagNet() {
        NetBuilder net = new NetBuilder();
        List<Chain> branches = List.of(
                net.input("rgb", "rgb.", PATCH), net.input("depth", "depth.", PATCH), net.input("ir", "ir.", PATCH));
        for (Chain branch : branches) {
            branch.conv("stem", 64, 3, 1);
            stage(branch, "res1", 2, 1, bottleneck(64, 128, GROUPS));
            stage(branch, "res2", 2, 2, bottleneck(128, 256, GROUPS));
        }
        Chain fused = branches.get(0)
                .fork("fused", "", "fused.")
                .concat("concat", branches.get(1).head(), branches.get(2).head());
        stage(fused, "res3", 2, 2, bottleneck(256, 512, GROUPS));
        stage(fused, "res4", 2, 2, bottleneck(512, 1024, GROUPS));
        fused.fork("fused", TASK, "head.").globalAvgPool("avgpool").fc("fc", 2);
        return net.build("facebagnet");
    }
}
