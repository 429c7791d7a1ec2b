package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Workload;
import io.h2hdse.workload.yaml.ModelYamlReader;
import io.h2hdse.workload.yaml.ModelYamlWriter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@code dse import} writes reads back to the imported workload. */
class OnnxYamlRoundTripTest {
    @Test
    void importedModelsReadBackFromYamlToTheSameWorkload() {
        for (String name :
                new String[] {"trimodal_lstm_att.onnx", "vit_b_16.onnx", "squeezenet1_1.onnx", "rgbd_2task.onnx"}) {
            Workload imported = OnnxModelReader.read(SharedOnnxModels.file(name));
            Workload back = ModelYamlReader.parse(ModelYamlWriter.toYaml(imported), name + ".yaml");
            assertEquals(imported.layers(), back.layers(), name);
            assertEquals(imported.name(), back.name());
        }
    }
}
