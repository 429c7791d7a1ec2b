package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.workload.Conv;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Shape;
import io.h2hdse.workload.ShapeCheck;
import io.h2hdse.workload.Workload;
import io.h2hdse.workload.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaestroModelWriterTest {
    @TempDir
    Path dir;

    private static Accelerator accelerator(String dataflow) {
        return new Accelerator(
                "acc",
                EnumSet.allOf(OpKind.class),
                new MaestroSpec(dataflow, 256, 512, 131072, 64, 32, 1000, 1.0),
                1e6,
                0.5,
                0,
                0);
    }

    @Test
    void aPaddedConvolutionIsWrittenOnItsPaddedInputWithItsDataflowResolved() {
        Workload one = Workload.of(
                "one",
                8,
                List.of(new Layer("c1", Conv.square(16, 3, 2, 1), Shape.of(8, 8, 8), List.of())),
                ShapeCheck.STRICT);
        String text = MaestroModelWriter.write(one, "kcp_ws").text();
        // 8 + 2 × 1 padding = 10 rows and columns; kcp_ws maps K spatially, one output channel per PE.
        assertTrue(
                text.contains("Layer c1 {\n\t\tType: CONV\n\t\tStride { X: 2, Y: 2 }\n"
                        + "\t\tDimensions { K: 16, C: 8, R: 3, S: 3, Y: 10, X: 10 }\n"),
                text);
        assertTrue(text.contains("\t\t\tSpatialMap(1,1) K;\n"), text);
        assertTrue(text.contains("\t\t\tTemporalMap(3,3) R;\n"), text);
    }

    @Test
    void resNet18RoundTripsThroughMaestroWithTheSameMacsAndCosts() throws IOException {
        Workload resnet = ModelZoo.build("resnet18");
        MaestroModelWriter.Output written = MaestroModelWriter.write(resnet, "kcp_ws");
        Path file = dir.resolve("resnet18.m");
        Files.writeString(file, written.text());
        MaestroModel back = MaestroModelReader.read(file);

        long convAndFc = resnet.layers().stream()
                .filter(l -> l.kind() == OpKind.CONV || l.kind() == OpKind.FC)
                .count();
        assertEquals(convAndFc, back.workload().size());
        assertEquals(resnet.size() - convAndFc, written.skipped().size());
        Accelerator acc = accelerator("kcp_ws");
        MaestroCostModel fromFile = new MaestroCostModel(back.dataflows());
        MaestroCostModel fromPreset = new MaestroCostModel();
        for (Layer layer : back.workload().layers()) {
            Layer original = resnet.layer(resnet.indexOf(layer.name()));
            assertEquals(original.macs(), layer.macs(), layer.name());
            assertEquals(
                    fromPreset.cost(resnet, original, acc), fromFile.cost(back.workload(), layer, acc), layer.name());
        }
    }

    @Test
    void anUnknownDataflowIsNamed() {
        InvalidInputException error = assertThrows(
                InvalidInputException.class, () -> MaestroModelWriter.write(ModelZoo.build("vgg16"), "nvdla"));
        assertTrue(error.getMessage().startsWith("dataflow: 'nvdla' is not a preset"), error.getMessage());
    }
}
