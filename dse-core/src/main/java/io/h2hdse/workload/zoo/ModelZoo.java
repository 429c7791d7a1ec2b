package io.h2hdse.workload.zoo;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.workload.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The built-in models, by name. Single-modality: {@code resnet18}, {@code resnet50}, {@code vgg16},
 * {@code mobilenetv2} ({@link ImageNetModels}). Multi-modality multi-task: {@code vgg3}
 * ({@link ThreeBranchVgg}), {@code casia-surf} ({@link CasiaSurf}), {@code facebagnet}
 * ({@link FaceBagNet}), {@code vlocnet} ({@link VLocNet}). Each class documents its dimensions.
 *
 * <p>Conventions: batch 1; batch norm and activations are folded into the preceding layer;
 * residual additions are {@code eltwise} layers and modality fusion is a {@code concat} layer (or,
 * in {@code vgg3}, the consumer's concatenated input, as in the H2H release). Every layer carries
 * its branch (modality) label; layers that serve one task only carry that task's label.
 * Elements are {@value #ELEMENT_BITS}-bit, the usual integer inference precision of accelerators;
 * an accelerator model with its own element width (the FPGA tile model) uses its own.
 */
public final class ModelZoo {
    public static final int ELEMENT_BITS = 8;

    private static final Map<String, Supplier<Workload>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("resnet18", ImageNetModels::resnet18);
        MODELS.put("resnet50", ImageNetModels::resnet50);
        MODELS.put("vgg16", ImageNetModels::vgg16);
        MODELS.put("mobilenetv2", ImageNetModels::mobilenetV2);
        MODELS.put("vgg3", ThreeBranchVgg::vgg3);
        MODELS.put("casia-surf", CasiaSurf::casiaSurf);
        MODELS.put("facebagnet", FaceBagNet::faceBagNet);
        MODELS.put("vlocnet", VLocNet::vlocnet);
    }

    private ModelZoo() {}

    /** The zoo's model names, single-modality models first. */
    public static List<String> names() {
        return List.copyOf(MODELS.keySet());
    }

    public static boolean contains(String name) {
        return MODELS.containsKey(name);
    }

    /** Builds a fresh workload; an unknown name is an {@link InvalidInputException} listing the known ones. */
    public static Workload build(String name) {
        Supplier<Workload> model = MODELS.get(name);
        if (model == null) {
            throw new InvalidInputException(
                    "model", "unknown zoo model '" + name + "' (known: " + String.join(", ", names()) + ")");
        }
        return model.get();
    }
}
