package io.h2hdse.solver.genetic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link MappingMemory} against a {@link LinkedHashMap} that forgets its eldest entry beyond the
 * capacity: the same mappings recalled with the same objectives, through many evictions, with
 * accelerator ids of one byte and of two, sized up front or grown.
 */
class MappingMemoryTest {
    @Test
    void recallsExactlyWhatAnInsertionOrderedMapRecalls() {
        for (int accelerators : new int[] {3, 300}) {
            for (int presized : new int[] {0, 10, 37}) {
                int layers = 5;
                int capacity = 37;
                MappingMemory memory = new MappingMemory(layers, accelerators, capacity, presized);
                Map<List<Integer>, Double> model = new LinkedHashMap<>() {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<List<Integer>, Double> eldest) {
                        return size() > capacity;
                    }
                };
                Random random = new Random(accelerators);
                int[] row = new int[layers + 2];
                for (int step = 0; step < 20_000; step++) {
                    List<Integer> key = new ArrayList<>();
                    for (int l = 0; l < layers; l++) {
                        // Few distinct values per gene: many repeats; the large ids test the two-byte genes.
                        int a = random.nextInt(3) + (accelerators > 256 && random.nextBoolean() ? 255 : 0);
                        row[2 + l] = a;
                        key.add(a);
                    }
                    int hash = memory.probe(row, 2);
                    int entry = memory.find(hash);
                    Double expected = model.get(key);
                    assertEquals(expected != null, entry >= 0, "step " + step);
                    if (entry >= 0) {
                        assertEquals(expected, memory.latency(entry));
                        assertEquals(-expected, memory.energy(entry));
                    } else {
                        double latency = step;
                        model.put(key, latency);
                        memory.put(row, 2, hash, latency, -latency);
                    }
                }
            }
        }
    }
}
