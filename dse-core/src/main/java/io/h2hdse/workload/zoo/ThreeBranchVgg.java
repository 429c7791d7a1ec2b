package io.h2hdse.workload.zoo;

import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.Workload;

import java.util.Set;

/**
 * {@code vgg3}: the three-modality VGG-style example of the H2H release ({@code DNN/ExampleDNN.py},
 * with its duplicate-key bug removed), layer for layer as the project's reference case
 * {@code b_vgg3_3acc}. Branches {@code m2} and {@code m3} have 12 convolutions each, branch
 * {@code m1} has 20; the 28×28×128 outputs of {@code M2L12} and {@code M3L12} join {@code M1L12}'s
 * as the input of {@code M1L13}, which therefore takes 384 channels (the release's fusion edges
 * {@code M2L12 -> M1L13}, {@code M3L12 -> M1L13}; the concatenation is implicit in M1L13's input).
 *
 * <p>All kernels are 3×3 with padding 1 and input images are 3×112×112. The release lists output
 * sizes (112, 56, 28, 14, 7) but stride 1 everywhere and no pooling layers; we put a stride of 2 on
 * the first layer of each smaller size (L5, L9, L13, L17), so layer count, channels, output sizes
 * and MACs equal the release's table. Names keep the release's {@code M<k>L<i>} scheme so that its
 * name-based locality rule applies. There are no task heads.
 */
final class ThreeBranchVgg {
    private static final Shape IMAGE = Shape.of(3, 112, 112);
    private static final Set<Integer> STRIDE_TWO_LAYERS = Set.of(5, 9, 13, 17);

    private ThreeBranchVgg() {}

    static Workload vgg3() {
        NetBuilder net = new NetBuilder();
        Chain m1 = net.input("m1", "M1", IMAGE);
        Chain m2 = net.input("m2", "M2", IMAGE);
        Chain m3 = net.input("m3", "M3", IMAGE);
        for (Chain branch : new Chain[] {m1, m2, m3}) {
            layers(branch, 1, 12);
        }
        m1.apply("L13", conv(13), m2.head(), m3.head());
        layers(m1, 14, 20);
        return net.build("vgg3");
    }

    private static void layers(Chain branch, int first, int last) {
        for (int i = first; i <= last; i++) {
            branch.apply("L" + i, conv(i));
        }
    }

    private static Conv conv(int index) {
        int stride = STRIDE_TWO_LAYERS.contains(index) ? 2 : 1;
        return Conv.square(channels(index), 3, stride, 1);
    }

    /** Output channels of layer {@code index}: 64 up to L8, 128 up to L12, 256 up to L16, then 512. */
    private static int channels(int index) {
        return index <= 8 ? 64 : index <= 12 ? 128 : index <= 16 ? 256 : 512;
    }
}
