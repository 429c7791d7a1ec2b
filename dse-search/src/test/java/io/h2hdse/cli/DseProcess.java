package io.h2hdse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's main class in a JVM of its own, on this test's classpath. */
final class DseProcess {
    private DseProcess() {}

    /** {@code dse ARGS} in a new JVM started with {@code jvmOptions}. */
    static ProcessBuilder of(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Dse.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
