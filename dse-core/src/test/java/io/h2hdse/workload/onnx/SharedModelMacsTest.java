package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Layer;
import io.h2hdse.workload.OpKind;
import io.h2hdse.workload.Workload;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every shared export imports with the MACs its README states (conv, fc, matmul, lstm and gru layers). */
class SharedModelMacsTest {
    private static final Set<OpKind> COUNTED =
            EnumSet.of(OpKind.CONV, OpKind.FC, OpKind.MATMUL, OpKind.LSTM, OpKind.GRU);
    private static final Pattern ROW = Pattern.compile("^\\| (\\S+\\.onnx) \\|.*\\| ([0-9,]+) \\|$");

    /** The README's table: file name to MACs. */
    private static Map<String, Long> readmeMacs() throws IOException {
        Map<String, Long> macs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(SharedOnnxModels.file("README.md"))) {
            Matcher m = ROW.matcher(line.trim());
            if (m.matches()) {
                macs.put(m.group(1), Long.parseLong(m.group(2).replace(",", "")));
            }
        }
        return macs;
    }

    @Test
    void everySharedFileHasTheReadmeMacs() throws IOException {
        Map<String, Long> expected = readmeMacs();
        assertEquals(8, expected.size(), "README rows found: " + expected.keySet());
        for (var entry : expected.entrySet()) {
            Workload w = OnnxModelReader.read(SharedOnnxModels.file(entry.getKey()));
            long macs = w.layers().stream()
                    .filter(l -> COUNTED.contains(l.kind()))
                    .mapToLong(Layer::macs)
                    .sum();
            assertEquals(entry.getValue(), macs, entry.getKey());
            assertFalse(w.layers().isEmpty());
        }
    }
}
