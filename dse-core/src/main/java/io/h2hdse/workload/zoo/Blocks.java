package io.h2hdse.workload.zoo;

/** The repeated building blocks of the zoo's convolutional networks. */
final class Blocks {
    private Blocks() {}

    /** Appends one block named {@code name} whose first layer has stride {@code stride}. */
    @FunctionalInterface
    interface Block {
        void append(Chain chain, String name, int stride);
    }

    /** {@code count} blocks named {@code name.0 … name.<count-1>}; only the first one strides. */
    static void stage(Chain chain, String name, int count, int stride, Block block) {
        for (int i = 0; i < count; i++) {
            block.append(chain, name + "." + i, i == 0 ? stride : 1);
        }
    }

    /** ResNet stem: 7×7/2 convolution to 64 channels, 3×3/2 max pooling. */
    static void resnetStem(Chain chain) {
        chain.conv("conv1", 64, 7, 2).maxPool("maxpool", 3, 2, 1);
    }

    /** ResNet basic block: two 3×3 convolutions and a residual add (1×1 projection when the shape changes). */
    static Block basic(int outChannels) {
        return (chain, name, stride) -> {
            Activation in = chain.head();
            chain.conv(name + ".conv1", outChannels, 3, stride).conv(name + ".conv2", outChannels, 3, 1);
            chain.add(name + ".add", shortcut(chain, in, name, outChannels, stride));
        };
    }

    /**
     * Bottleneck block (ResNet v1.5: the 3×3 convolution strides) with {@code groups} groups in the
     * 3×3 convolution: 1 for ResNet, 32 for ResNeXt.
     */
    static Block bottleneck(int midChannels, int outChannels, int groups) {
        return (chain, name, stride) -> {
            Activation in = chain.head();
            chain.conv(name + ".conv1", midChannels, 1, 1)
                    .groupedConv(name + ".conv2", midChannels, 3, stride, groups)
                    .conv(name + ".conv3", outChannels, 1, 1);
            chain.add(name + ".add", shortcut(chain, in, name, outChannels, stride));
        };
    }

    /** MobileNetV2 inverted residual: 1×1 expansion (skipped at factor 1), 3×3 depthwise, linear 1×1 projection. */
    static Block invertedResidual(int expansion, int outChannels) {
        return (chain, name, stride) -> {
            Activation in = chain.head();
            int inChannels = in.shape().channels();
            if (expansion != 1) {
                chain.conv(name + ".expand", inChannels * expansion, 1, 1);
            }
            chain.depthwise(name + ".dw", 3, stride).conv(name + ".project", outChannels, 1, 1);
            if (stride == 1 && inChannels == outChannels) {
                chain.add(name + ".add", in);
            }
        };
    }

    /** The identity, or a strided 1×1 projection when the block changes the shape. */
    private static Activation shortcut(Chain chain, Activation in, String name, int outChannels, int stride) {
        if (stride == 1 && in.shape().channels() == outChannels) {
            return in;
        }
        return chain.at(in).conv(name + ".downsample", outChannels, 1, stride).head();
    }
}
