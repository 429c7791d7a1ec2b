package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

import java.util.List;

import static io.h2hdse.workload.zoo.Blocks.basic;
import static io.h2hdse.workload.zoo.Blocks.stage;

/**
 * {@code casia-surf}: the multi-modal face anti-spoofing baseline of Zhang et al., "A Dataset and
 * Benchmark for Large-scale Multi-modal Face Anti-spoofing" (CVPR 2019), on 112×112 face crops (our
 * choice of size; it gives the 56×56 first-layer output of the MARCH CASIA-SURF case derived from H2H).
 * Branches {@code rgb}, {@code depth} and {@code ir} are each a ResNet-18 stem with res1–res3
 * (torchvision's layer1–layer3), giving 256×7×7; the three are concatenated (768×7×7, branch
 * {@code fused}) and the shared tail is ResNet-18's res4 (its first convolution and projection take
 * 768 channels), global average pooling and a 2-way real/fake classifier (task {@value #TASK}).
 *
 * <p>Choices: depth and IR are fed as 3-channel images (grey levels replicated), so every branch has
 * the standard ResNet-18 stem; the paper's squeeze-and-excitation re-weighting before the
 * concatenation is left out (under 0.1 % of the MACs, and its broadcast channel scaling is not an
 * element-wise op of equal shapes).
 */
final class CasiaSurf {
    static final String TASK = "anti_spoofing";
    private static final Shape FACE = Shape.of(3, 112, 112);

    private CasiaSurf() {}

    static Workload casiaSurf() {
        NetBuilder net = new NetBuilder();
        List<Chain> branches = List.of(
                net.input("rgb", "rgb.", FACE), net.input("depth", "depth.", FACE), net.input("ir", "ir.", FACE));
        for (Chain branch : branches) {
            Blocks.resnetStem(branch);
            stage(branch, "layer1", 2, 1, basic(64));
            stage(branch, "layer2", 2, 2, basic(128));
            stage(branch, "layer3", 2, 2, basic(256));
        }
        Chain fused = branches.get(0)
                .fork("fused", "", "fused.")
                .concat("concat", branches.get(1).head(), branches.get(2).head());
        stage(fused, "layer4", 2, 2, basic(512));
        fused.fork("fused", TASK, "head.").globalAvgPool("avgpool").fc("fc", 2);
        return net.build("casia-surf");
    }
}
