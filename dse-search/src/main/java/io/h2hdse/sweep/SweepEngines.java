package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;

import java.util.ServiceLoader;

/** The engine a sweep names: {@code local}, or one whose module is on the classpath (e.g. {@code spark} from dse-spark). */
public final class SweepEngines {
    public static final String LOCAL = "local";

    private SweepEngines() {}

    public static SweepEngine create(String name, SweepEngine.Options options) {
        if (name.equals(LOCAL)) {
            return new LocalEngine(options.threads());
        }
        for (SweepEngine.Provider provider : ServiceLoader.load(SweepEngine.Provider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(options);
            }
        }
        throw new InvalidInputException(
                "--engine",
                "no engine '" + name + "' on the classpath (local is built in; spark needs the "
                        + "dse-spark module: build with mvn package and start through bin/dse)");
    }
}
