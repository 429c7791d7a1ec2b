package io.h2hdse.eval;

/** Per-thread working arrays of the fast path, sized once per problem. */
final class Scratch {
    final double[] finish;
    final double[] layerEnergy;
    final boolean[] resident;
    final int[] nextOnAcc;
    final double[] accFree;
    final int[] lastOnAcc;
    final double[] remainingCapacity;
    final int[] waitingPreds;
    final int[] position;
    final RankDecoder.Work rank;
    /** Layer ids in order: the topological policy's dispatch sequence. */
    final int[] topological;

    Scratch(int layers, int accs) {
        finish = new double[layers];
        layerEnergy = new double[layers];
        resident = new boolean[layers];
        nextOnAcc = new int[layers];
        accFree = new double[accs];
        lastOnAcc = new int[accs];
        remainingCapacity = new double[accs];
        waitingPreds = new int[layers];
        position = new int[accs];
        rank = new RankDecoder.Work(layers, accs);
        topological = java.util.stream.IntStream.range(0, layers).toArray();
    }
}
