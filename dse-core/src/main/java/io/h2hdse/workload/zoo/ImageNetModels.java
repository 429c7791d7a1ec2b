package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

import static io.h2hdse.workload.zoo.Blocks.basic;
import static io.h2hdse.workload.zoo.Blocks.bottleneck;
import static io.h2hdse.workload.zoo.Blocks.invertedResidual;
import static io.h2hdse.workload.zoo.Blocks.stage;

/**
 * The single-modality ImageNet classifiers at 224×224, batch 1, as torchvision defines them:
 * ResNet-18 and ResNet-50 (v1.5, stride in the bottleneck's 3×3), VGG-16 (configuration D, no batch
 * norm) and MobileNetV2 (width 1.0). Layer names follow torchvision's module names. All layers are in
 * branch {@value #BRANCH}; the classifier layers carry task {@value #TASK}.
 */
final class ImageNetModels {
    static final String BRANCH = "image";
    static final String TASK = "classification";
    private static final Shape IMAGE = Shape.of(3, 224, 224);

    private ImageNetModels() {}

    static Workload resnet18() {
        NetBuilder net = new NetBuilder();
        Chain s = net.input(BRANCH, "", IMAGE);
        Blocks.resnetStem(s);
        stage(s, "layer1", 2, 1, basic(64));
        stage(s, "layer2", 2, 2, basic(128));
        stage(s, "layer3", 2, 2, basic(256));
        stage(s, "layer4", 2, 2, basic(512));
        classifier(s);
        return net.build("resnet18");
    }

    static Workload resnet50() {
        NetBuilder net = new NetBuilder();
        Chain s = net.input(BRANCH, "", IMAGE);
        Blocks.resnetStem(s);
        resnet50Stages(s);
        classifier(s);
        return net.build("resnet50");
    }

    /** ResNet-50's four bottleneck stages (res2–res5: 3, 4, 6, 3 blocks). */
    static void resnet50Stages(Chain s) {
        stage(s, "layer1", 3, 1, bottleneck(64, 256, 1));
        stage(s, "layer2", 4, 2, bottleneck(128, 512, 1));
        stage(s, "layer3", 6, 2, bottleneck(256, 1024, 1));
        stage(s, "layer4", 3, 2, bottleneck(512, 2048, 1));
    }

    static Workload vgg16() {
        NetBuilder net = new NetBuilder();
        Chain s = net.input(BRANCH, "", IMAGE);
        int[][] blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
        for (int b = 0; b < blocks.length; b++) {
            for (int c = 0; c < blocks[b].length; c++) {
                s.conv("conv" + (b + 1) + "_" + (c + 1), blocks[b][c], 3, 1);
            }
            s.maxPool("pool" + (b + 1), 2, 2, 0);
        }
        s.fork(BRANCH, TASK, "").fc("fc6", 4096).fc("fc7", 4096).fc("fc8", 1000);
        return net.build("vgg16");
    }

    static Workload mobilenetV2() {
        NetBuilder net = new NetBuilder();
        Chain s = net.input(BRANCH, "", IMAGE);
        s.conv("features.0", 32, 3, 2);
        // (expansion t, output channels c, repeats n, first stride s) from Table 2 of Sandler et al. 2018
        int[][] settings = {
            {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}
        };
        for (int i = 0; i < settings.length; i++) {
            int[] t = settings[i];
            stage(s, "block" + (i + 1), t[2], t[3], invertedResidual(t[0], t[1]));
        }
        s.conv("features.18", 1280, 1, 1);
        classifier(s);
        return net.build("mobilenetv2");
    }

    private static void classifier(Chain s) {
        s.fork(BRANCH, TASK, "").globalAvgPool("avgpool").fc("fc", 1000);
    }
}
