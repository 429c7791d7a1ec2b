package io.h2hdse.spark;

import io.h2hdse.sweep.SweepEngine;

/** Registers {@code --engine spark} with the command line (META-INF/services). */
public final class SparkEngineProvider implements SweepEngine.Provider {
    public static final String NAME = "spark";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SweepEngine create(SweepEngine.Options options) {
        return new SparkEngine(options.specFile(), options.configs(), options.master());
    }
}
