package io.h2hdse.h2hcase;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.workload.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceCaseReaderTest {
    private static final Path TINY = ReferenceCases.directory().resolve("a_tiny_2acc.json");

    @Test
    void buildsTheWorkloadTheReleaseCosts() {
        ReferenceCase c = ReferenceCaseReader.read(TINY);
        // FORMAT.md: M1L3 has M=64, N=128, R=C=28, K=3 and is fed by M1L2 (chain) then M2L2 (fusion).
        Layer m1l3 = c.workload().layer(c.workload().indexOf("M1L3"));
        assertEquals(3L * 3 * 128 * 64, m1l3.weightElements());
        assertEquals(128L * 56 * 56, m1l3.inputElements());
        assertEquals(64L * 28 * 28, m1l3.outputElements());
        assertEquals(List.of("M1L2", "M2L2"), m1l3.inputs());
        assertEquals("M1", m1l3.branch());
        assertEquals(List.of("M1L1", "M1L2", "M1L3", "M2L1", "M2L2", "M2L3"), c.nodeOrder());
        assertEquals(new ReferenceCase.Edge("M2L2", "M1L3"), c.edges().getLast());
        assertEquals(ExecutionOptions.h2hRelease(), c.system().options());
        assertEquals(
                List.of("acc0_vc707_h2h", "acc1_zc706"),
                c.system().accelerators().stream().map(a -> a.name()).toList());
        assertEquals(1e9 * 0.5, c.system().accelerator(0).weightCapacityBytes());
        assertEquals(1.25, c.system().interconnect().hostLink("acc1_zc706").bandwidthGBps());
        assertEquals(
                0.010319948565189873,
                c.expected().orElseThrow().steps().getFirst().makespanS());
    }

    @Test
    void namesFileAndFieldOfABadValue(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(TINY).replaceFirst("\"Tm\": 64", "\"Tm\": \"x\""));
        var e = assertThrows(InvalidInputException.class, () -> ReferenceCaseReader.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": accelerators[0].Tm"), e.getMessage());
    }

    @Test
    void rejectsAMissingChainEdge(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        String text = Files.readString(TINY)
                .replaceFirst(
                        "\"from\": \"M1L1\",\\s*\"to\": \"M1L2\",\\s*\"kind\": \"chain\"",
                        "\"from\": \"M1L1\", \"to\": \"M1L3\", \"kind\": \"fusion\"");
        Files.writeString(bad, text);
        var e = assertThrows(InvalidInputException.class, () -> ReferenceCaseReader.read(bad));
        assertTrue(e.getMessage().contains("edges: chain edge M1L1 -> M1L2 is missing"), e.getMessage());
    }

    @Test
    void rejectsOtherFormatsAndBrokenJson(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"format\": \"h2h-ref-case/2\"}");
        assertTrue(assertThrows(InvalidInputException.class, () -> ReferenceCaseReader.read(other))
                .getMessage()
                .contains("format"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        assertTrue(assertThrows(InvalidInputException.class, () -> ReferenceCaseReader.read(broken))
                .getMessage()
                .startsWith(broken.toString()));
        assertTrue(assertThrows(InvalidInputException.class, () -> ReferenceCaseReader.read(dir.resolve("none.json")))
                .getMessage()
                .endsWith("none.json: file not found"));
    }
}
