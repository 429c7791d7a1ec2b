package io.h2hdse.solver.h2h;

/** Per-accelerator run orders ({@code order[a]} = layer ids in run order on a). */
final class Orders {
    private Orders() {}

    static int[][] copy(int[][] order) {
        int[][] copy = new int[order.length][];
        for (int a = 0; a < order.length; a++) {
            copy[a] = order[a].clone();
        }
        return copy;
    }

    static int indexOf(int[] list, int layer) {
        for (int i = 0; i < list.length; i++) {
            if (list[i] == layer) {
                return i;
            }
        }
        throw new IllegalArgumentException("layer " + layer + " is not in the order");
    }

    /** The orders with {@code layer} taken off {@code from} and put at {@code position} of {@code to}. */
    static int[][] moved(int[][] order, int layer, int from, int to, int position) {
        int[][] next = order.clone();
        int[] source = order[from];
        int at = indexOf(source, layer);
        int[] shrunk = new int[source.length - 1];
        System.arraycopy(source, 0, shrunk, 0, at);
        System.arraycopy(source, at + 1, shrunk, at, source.length - at - 1);
        next[from] = shrunk;
        int[] target = next[to];
        int[] grown = new int[target.length + 1];
        System.arraycopy(target, 0, grown, 0, position);
        grown[position] = layer;
        System.arraycopy(target, position, grown, position + 1, target.length - position);
        next[to] = grown;
        return next;
    }
}
