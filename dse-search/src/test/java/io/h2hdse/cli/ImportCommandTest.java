package io.h2hdse.cli;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.h2hdse.workload.onnx.OnnxModelReader;
import io.h2hdse.workload.yaml.ModelYamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dse import} and {@code dse show-model --csv} on a small ONNX file. */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** x [1, 3, 8, 8] → 3×3 conv to 4 channels (6×6) → flatten → fc to 10, as {@code dir/small.onnx}. */
    static Path smallModel(Path dir) throws IOException {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : new long[] {1, 3, 8, 8}) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        GraphProto graph = GraphProto.newBuilder()
                .addInput(ValueInfoProto.newBuilder()
                        .setName("x")
                        .setType(TypeProto.newBuilder()
                                .setTensorType(TypeProto.Tensor.newBuilder()
                                        .setElemType(1)
                                        .setShape(shape))))
                .addOutput(ValueInfoProto.newBuilder().setName("y"))
                .addInitializer(TensorProto.newBuilder()
                        .setName("w")
                        .setDataType(1)
                        .addAllDims(List.of(4L, 3L, 3L, 3L))
                        .setDataLocation(TensorProto.DataLocation.EXTERNAL))
                .addInitializer(TensorProto.newBuilder()
                        .setName("fw")
                        .setDataType(1)
                        .addAllDims(List.of(10L, 144L))
                        .setDataLocation(TensorProto.DataLocation.EXTERNAL))
                .addNode(NodeProto.newBuilder()
                        .setOpType("Conv")
                        .setName("conv")
                        .addInput("x")
                        .addInput("w")
                        .addOutput("c"))
                .addNode(NodeProto.newBuilder()
                        .setOpType("Flatten")
                        .setName("flat")
                        .addInput("c")
                        .addOutput("f"))
                .addNode(NodeProto.newBuilder()
                        .setOpType("Gemm")
                        .setName("fc")
                        .addInput("f")
                        .addInput("fw")
                        .addOutput("y")
                        .addAttribute(AttributeProto.newBuilder()
                                .setName("transB")
                                .setType(AttributeProto.AttributeType.INT)
                                .setI(1)))
                .build();
        ModelProto model = ModelProto.newBuilder()
                .setIrVersion(8)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13))
                .setGraph(graph)
                .build();
        return Files.write(dir.resolve("small.onnx"), model.toByteArray());
    }

    @Test
    void importWritesAModelFileThatReadsBackToTheSameWorkload() throws IOException {
        Path onnx = smallModel(dir);
        Path yaml = dir.resolve("small.yaml");
        DseRun r = run("import", onnx.toString(), "--out", yaml.toString());
        assertEquals(Dse.EXIT_OK, r.code(), r.err());
        assertEquals(
                OnnxModelReader.read(onnx).layers(), ModelYamlReader.read(yaml).layers());
    }

    @Test
    void showModelCsvListsEveryLayerWithItsMacs() throws IOException {
        DseRun r = run("show-model", smallModel(dir).toString(), "--csv");
        assertEquals(Dse.EXIT_OK, r.code(), r.err());
        // conv: 36 positions · 4 · 27 = 3888 MACs, 108 weights; fc: 144 · 10 = 1440
        assertEquals(
                List.of(
                        "layer,op,branch,task,inputs,input_shape,output_shape,macs,weights",
                        "conv,conv,x,y,,3x8x8,4x6x6,3888,108",
                        "fc,fc,x,y,conv,4x6x6,10x1x1,1440,1440"),
                r.out().lines().toList());
    }

    @Test
    void badOnnxFileExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.onnx"), "not a model\n");
        Path yaml = dir.resolve("bad.yaml");
        DseRun r = run("import", bad.toString(), "--out", yaml.toString());
        assertEquals(Dse.EXIT_BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertFalse(Files.exists(yaml));
    }
}
