package io.h2hdse.workload;

import io.h2hdse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkloadCycleTest {
    @Test
    void cycleIsNamedInEdgeDirection() {
        Shape s = Shape.of(4, 4, 4);
        List<Layer> layers = List.of(
                new Layer("entry", new Eltwise(Eltwise.Mode.ADD), s, List.of()),
                new Layer("a", new Eltwise(Eltwise.Mode.ADD), s, List.of("entry", "c")),
                new Layer("b", new Eltwise(Eltwise.Mode.ADD), s, List.of("a")),
                new Layer("c", new Eltwise(Eltwise.Mode.ADD), s, List.of("b")));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> Workload.of("w", 8, layers, ShapeCheck.STRICT));
        assertEquals("layers: the graph has a cycle through a -> b -> c -> a", e.getMessage());
    }
}
