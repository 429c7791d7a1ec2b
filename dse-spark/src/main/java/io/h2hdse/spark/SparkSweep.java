package io.h2hdse.spark;

import io.h2hdse.cli.Dse;

import java.util.ArrayList;
import java.util.List;

/**
 * The main class for {@code spark-submit}: {@code SPEC.yaml [dse sweep options]} runs
 * {@code dse sweep} on the Spark engine, with the master spark-submit was given.
 */
public final class SparkSweep {
    private SparkSweep() {
    }

    public static void main(String[] args) {
        List<String> sweep = new ArrayList<>(List.of("sweep"));
        sweep.addAll(List.of(args));
        sweep.addAll(List.of("--engine", SparkEngineProvider.NAME));
        Dse.main(sweep.toArray(String[]::new));
    }
}
