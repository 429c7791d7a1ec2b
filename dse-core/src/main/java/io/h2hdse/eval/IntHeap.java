package io.h2hdse.eval;

/**
 * Binary min-heaps of layer ids stored in a segment {@code [base, base + size)} of an int array,
 * ordered by {@code key[layer]}, ties by lower id: the rank decoder keeps one per accelerator in a
 * shared array, without allocating.
 */
final class IntHeap {
    private IntHeap() {}

    /** Adds {@code layer}; returns the new size. */
    static int push(int[] heap, int base, int size, int layer, double[] key) {
        int i = size;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(layer, heap[base + parent], key)) {
                break;
            }
            heap[base + i] = heap[base + parent];
            i = parent;
        }
        heap[base + i] = layer;
        return size + 1;
    }

    /** Removes the first layer, {@code heap[base]}; returns the new size. */
    static int pop(int[] heap, int base, int size, double[] key) {
        int last = heap[base + --size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[base + child + 1], heap[base + child], key)) {
                child++;
            }
            if (!before(heap[base + child], last, key)) {
                break;
            }
            heap[base + i] = heap[base + child];
            i = child;
        }
        if (size > 0) {
            heap[base + i] = last;
        }
        return size;
    }

    private static boolean before(int x, int y, double[] key) {
        return key[x] < key[y] || (key[x] == key[y] && x < y);
    }
}
