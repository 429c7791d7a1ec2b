package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

import static io.h2hdse.workload.zoo.Blocks.bottleneck;
import static io.h2hdse.workload.zoo.Blocks.stage;

/**
 * {@code vlocnet}: Valada et al., "Deep Auxiliary Learning for Visual Localization and Odometry"
 * (ICRA 2018), on 224×224 frames; ResNet-50 streams (res2–res5 = torchvision's layer1–layer4).
 *
 * <ul>
 *   <li>Branch {@code rgb_t} (current frame): stem, res2 and res3 are computed once, because the
 *       global-pose stream and the odometry stream's current-frame half share their weights up to
 *       res3 ("hybrid sharing") and see the same image.</li>
 *   <li>Branch {@code rgb_t-1} (previous frame, task {@value #ODOMETRY}): stem to res4.</li>
 *   <li>Task {@value #ODOMETRY}: the current frame's res4 (own weights), concatenation with the
 *       previous frame's res4 (2048×14×14, branch {@code fused}), res5, global pooling, a 1024-unit
 *       FC and two regression heads: translation (3) and rotation quaternion (4).</li>
 *   <li>Task {@value #LOCALIZATION}: res4 and res5 on the current frame, global pooling, FC 1024, and
 *       the same two heads.</li>
 * </ul>
 * Left out: the global-pose stream's fusion of the previous pose estimate (a 7-value FC, negligible).
 */
final class VLocNet {
    static final String ODOMETRY = "odometry";
    static final String LOCALIZATION = "localization";
    private static final Shape FRAME = Shape.of(3, 224, 224);

    private VLocNet() {}

    static Workload vlocnet() {
        NetBuilder net = new NetBuilder();
        Chain current = net.input("rgb_t", "shared.", FRAME);
        Blocks.resnetStem(current);
        res2res3(current);

        Chain previous = net.input("rgb_t-1", "prev.", FRAME).fork("rgb_t-1", ODOMETRY, "prev.");
        Blocks.resnetStem(previous);
        res2res3(previous);
        res4(previous);

        Chain odometry = current.fork("rgb_t", ODOMETRY, "vo.");
        res4(odometry);
        Chain fused = odometry.fork("fused", ODOMETRY, "vo.").concat("concat", previous.head());
        posePath(fused);

        Chain localization = current.fork("rgb_t", LOCALIZATION, "loc.");
        res4(localization);
        posePath(localization);
        return net.build("vlocnet");
    }

    private static void res2res3(Chain s) {
        stage(s, "layer1", 3, 1, bottleneck(64, 256, 1));
        stage(s, "layer2", 4, 2, bottleneck(128, 512, 1));
    }

    private static void res4(Chain s) {
        stage(s, "layer3", 6, 2, bottleneck(256, 1024, 1));
    }

    /** res5, global pooling, FC 1024 and the translation and rotation heads. */
    private static void posePath(Chain s) {
        stage(s, "layer4", 3, 2, bottleneck(512, 2048, 1));
        s.globalAvgPool("avgpool").fc("fc1", 1024);
        Activation features = s.head();
        s.at(features).fc("fc_xyz", 3);
        s.at(features).fc("fc_q", 4);
    }
}
