package io.h2hdse.workload.zoo;

/** The repeated building blocks of the zoo's convolutional networks. */
final class Blocks {
    private Blocks() {
    }

    /** Appends one block named {@code name} whose first layer has stride {@code stride}. */
    @FunctionalInterface
    interface Block {
        void append(Stream stream, String name, int stride);
    }

    /** {@code count} blocks named {@code name.0 … name.<count-1>}; only the first one strides. */
    static void stage(Stream stream, String name, int count, int stride, Block block) {
        for (int i = 0; i < count; i++) {
            block.append(stream, name + "." + i, i == 0 ? stride : 1);
        }
    }

    /** ResNet stem: 7×7/2 convolution to 64 channels, 3×3/2 max pooling. */
    static void resnetStem(Stream stream) {
        stream.conv("conv1", 64, 7, 2).maxPool("maxpool", 3, 2, 1);
    }

    /** ResNet basic block: two 3×3 convolutions and a residual add (1×1 projection when the shape changes). */
    static Block basic(int outChannels) {
        return (stream, name, stride) -> {
            Tensor in = stream.head();
            stream.conv(name + ".conv1", outChannels, 3, stride).conv(name + ".conv2", outChannels, 3, 1);
            stream.add(name + ".add", shortcut(stream, in, name, outChannels, stride));
        };
    }

    /**
     * Bottleneck block (ResNet v1.5: the 3×3 convolution strides) with {@code groups} groups in the
     * 3×3 convolution: 1 for ResNet, 32 for ResNeXt.
     */
    static Block bottleneck(int midChannels, int outChannels, int groups) {
        return (stream, name, stride) -> {
            Tensor in = stream.head();
            stream.conv(name + ".conv1", midChannels, 1, 1)
                    .groupedConv(name + ".conv2", midChannels, 3, stride, groups)
                    .conv(name + ".conv3", outChannels, 1, 1);
            stream.add(name + ".add", shortcut(stream, in, name, outChannels, stride));
        };
    }

    /** MobileNetV2 inverted residual: 1×1 expansion (skipped at factor 1), 3×3 depthwise, linear 1×1 projection. */
    static Block invertedResidual(int expansion, int outChannels) {
        return (stream, name, stride) -> {
            Tensor in = stream.head();
            int inChannels = in.shape().channels();
            if (expansion != 1) {
                stream.conv(name + ".expand", inChannels * expansion, 1, 1);
            }
            stream.depthwise(name + ".dw", 3, stride).conv(name + ".project", outChannels, 1, 1);
            if (stride == 1 && inChannels == outChannels) {
                stream.add(name + ".add", in);
            }
        };
    }

    /** The identity, or a strided 1×1 projection when the block changes the shape. */
    private static Tensor shortcut(Stream stream, Tensor in, String name, int outChannels, int stride) {
        if (stride == 1 && in.shape().channels() == outChannels) {
            return in;
        }
        return stream.at(in).conv(name + ".downsample", outChannels, 1, stride).head();
    }
}
