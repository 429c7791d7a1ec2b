package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignFrontTest {
    private static final List<ToDoubleFunction<double[]>> XYZ = List.of(p -> p[0], p -> p[1], p -> p[2]);

    @Test
    void keepsThePointsNoOtherBeatsOrEqualsInAllThree() {
        double[] a = {1, 5, 5};
        double[] b = {5, 1, 5};
        double[] c = {5, 5, 1};
        double[] dominated = {5, 5, 5};
        double[] twin = {1, 5, 5};
        double[] mixed = {2, 2, 6};
        assertEquals(List.of(a, mixed, b, c), DesignFront.of(List.of(dominated, a, b, c, twin, mixed), XYZ));
    }

    @Test
    void hypervolumeOfHandComputedFronts() {
        double[] reference = {2, 2, 2};
        assertEquals(1, DesignFront.hypervolume(List.of(new double[] {1, 1, 1}), reference), 1e-12);
        // z in [1, 2): the union of [0,2]x[1,2] and [1,2]x[0,2], area 3
        List<double[]> two = List.of(new double[] {0, 1, 1}, new double[] {1, 0, 1});
        assertEquals(3, DesignFront.hypervolume(two, reference), 1e-12);
        // adds z in [0, 1): the square [1,2]x[1,2], area 1
        List<double[]> three = List.of(new double[] {0, 1, 1}, new double[] {1, 0, 1}, new double[] {1, 1, 0});
        assertEquals(4, DesignFront.hypervolume(three, reference), 1e-12);
        // a point outside the reference box adds nothing
        assertEquals(1, DesignFront.hypervolume(List.of(new double[] {1, 1, 1}, new double[] {0, 0, 3}), reference));
    }
}
