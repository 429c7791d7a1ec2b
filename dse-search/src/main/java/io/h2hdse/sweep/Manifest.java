package io.h2hdse.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.h2hdse.output.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** manifest.json: what produced the results (inputs' hashes, solvers and budgets, code version, JVM, engine and threads, times). */
final class Manifest {
    private Manifest() {}

    static void write(
            SweepSpec spec,
            Path out,
            String engine,
            int threads,
            Map<String, Map<String, String>> solverNotes,
            Instant start,
            Instant end) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("sweep", spec.name());
        manifest.put("inputs_sha256", spec.inputs());
        manifest.put("models", spec.models().stream().map(m -> m.name()).toList());
        manifest.put(
                "systems",
                spec.systems().stream()
                        .map(g -> Map.of("base", g.source(), "grid", gridText(g)))
                        .toList());
        manifest.put("solvers", spec.solvers());
        manifest.put("solver_settings", solverNotes);
        manifest.put("seeds", spec.seeds());
        manifest.put(
                "budgets",
                spec.budgets().stream()
                        .map(b -> Map.of("max_evaluations", b.evaluationsCell(), "max_seconds", b.secondsCell()))
                        .toList());
        manifest.put("jobs", spec.jobs().size());
        manifest.put("code_version", codeVersion());
        manifest.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        manifest.put("engine", engine);
        manifest.put("threads", threads);
        manifest.put("start", start.toString());
        manifest.put("end", end.toString());
        try {
            OutputFile.writeString(
                    out.resolve("manifest.json"),
                    new ObjectMapper()
                            .enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<String>> gridText(SystemGrid grid) {
        Map<String, List<String>> text = new LinkedHashMap<>();
        grid.grid().forEach((o, values) -> text.put(o.fieldName(), values));
        return text;
    }

    /** {@code git describe} of the working directory if it is a checkout, else the jar's version. */
    static String codeVersion() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--tags")
                    .redirectErrorStream(true)
                    .start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && !text.isEmpty()) {
                return "git " + text;
            }
        } catch (IOException e) {
            // no git on this machine: fall back to the jar's version
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String version = Manifest.class.getPackage().getImplementationVersion();
        return "jar " + (version == null ? "unknown" : version);
    }
}
