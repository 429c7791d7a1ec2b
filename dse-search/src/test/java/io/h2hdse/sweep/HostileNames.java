package io.h2hdse.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sweep whose model, layers, branches, system and accelerators are named as an attacker would name them:
 * HTML with event handlers, a closing {@code </script>}, an opening comment before a script, quotes, a
 * newline, Markdown's table bar and a name of over 300 characters. Run as markup, a handler would set
 * {@code window.injected} (and the page's title).
 */
public final class HostileNames {
    public static final String IMG = "<img src=x onerror=\"window.injected='img';document.title='INJECTED'\">";
    public static final String CLOSE_SCRIPT = "</script><script>window.injected='script'</script>";
    public static final String COMMENT = "<!--<script>";
    public static final String QUOTES = "q\"uo'te & | bar\nsecond line";
    public static final String SVG = "<svg onload=\"window.injected='svg'\">";
    /** 330 characters, markup in the middle. */
    public static final String LONG = "L".repeat(150) + "<b onmouseover=\"window.injected='long'\">" + "x".repeat(140);

    public static final String MODEL = IMG + " model";
    public static final String SYSTEM = CLOSE_SCRIPT + " system";
    /** Layer names in the model's order; the first three form branch one, the next three branch two. */
    public static final List<String> LAYERS =
            List.of(IMG, CLOSE_SCRIPT, COMMENT, QUOTES, LONG, SVG, "fuse &amp;", "head");

    public static final List<String> BRANCHES = List.of("<i onclick=\"window.injected='branch'\">one", "</script>two");
    /** The four accelerators of h2h-fpga4-medium, renamed. */
    public static final List<String> ACCELERATORS = List.of(SVG, COMMENT, QUOTES, LONG);

    private HostileNames() {}

    /** The model, the system and the spec (two link bandwidths, two accelerator mixes, three solvers, one seed) in {@code dir}. */
    public static Path writeSpec(Path dir) throws IOException {
        Path model = dir.resolve("hostile-model.yaml");
        Files.writeString(model, model());
        Path system = dir.resolve("hostile-system.yaml");
        Files.writeString(system, system());
        Path spec = dir.resolve("hostile.yaml");
        Files.writeString(spec, """
                name: hostile
                models: [%s]
                systems:
                  - base: %s
                    grid: {link_bandwidth_gbps: [0.5, 5], accelerators: [%s, %s]}
                solvers: [baseline, h2h, random]
                seeds: [1]
                budgets: [{max_evaluations: 200}]
                """.formatted(
                        quoted(model.toString()),
                        quoted(system.toString()),
                        quoted(String.join("+", ACCELERATORS)),
                        quoted(ACCELERATORS.get(0) + "+" + ACCELERATORS.get(3))));
        return spec;
    }

    public static SweepSpec spec(Path dir) throws IOException {
        return SweepSpecReader.read(writeSpec(dir), SweepFixtures.CONFIGS);
    }

    /** The 8-layer model of mmmt-tiny with every name replaced. */
    private static String model() {
        String[] l = LAYERS.stream().map(HostileNames::quoted).toArray(String[]::new);
        String[] b = BRANCHES.stream().map(HostileNames::quoted).toArray(String[]::new);
        String conv = "op: conv, kernel: 3, padding: 1";
        return String.join(
                "\n",
                "name: " + quoted(MODEL),
                "element_bits: 8",
                "layers:",
                "- {name: %s, branch: %s, %s, stride: 1, input_chw: [3, 56, 56], out_channels: 32}"
                        .formatted(l[0], b[0], conv),
                "- {name: %s, branch: %s, inputs: [%s], %s, stride: 2, input_chw: [32, 56, 56], out_channels: 64}"
                        .formatted(l[1], b[0], l[0], conv),
                "- {name: %s, branch: %s, inputs: [%s], %s, stride: 1, input_chw: [64, 28, 28], out_channels: 64}"
                        .formatted(l[2], b[0], l[1], conv),
                "- {name: %s, branch: %s, %s, stride: 1, input_chw: [1, 56, 56], out_channels: 32}"
                        .formatted(l[3], b[1], conv),
                "- {name: %s, branch: %s, inputs: [%s], %s, stride: 2, input_chw: [32, 56, 56], out_channels: 64}"
                        .formatted(l[4], b[1], l[3], conv),
                "- {name: %s, branch: %s, inputs: [%s], %s, stride: 1, input_chw: [64, 28, 28], out_channels: 64}"
                        .formatted(l[5], b[1], l[4], conv),
                "- {name: %s, inputs: [%s, %s], %s, stride: 2, input_chw: [128, 28, 28], out_channels: 128}"
                        .formatted(l[6], l[2], l[5], conv),
                "- {name: %s, inputs: [%s], %s, stride: 1, input_chw: [128, 14, 14], out_channels: 128}"
                        .formatted(l[7], l[6], conv),
                "");
    }

    /** h2h-fpga4-medium with its name and its accelerators' names replaced. */
    private static String system() throws IOException {
        String text = Files.readString(SweepFixtures.CONFIGS.resolve("systems/h2h-fpga4-medium.yaml"));
        Map<String, String> renamed = Map.of(
                "name: h2h-fpga4-medium", "name: " + quoted(SYSTEM),
                "name: vc707", "name: " + quoted(ACCELERATORS.get(0)),
                "name: arria10_gx1150", "name: " + quoted(ACCELERATORS.get(1)),
                "name: zcu102", "name: " + quoted(ACCELERATORS.get(2)),
                "name: zc706", "name: " + quoted(ACCELERATORS.get(3)));
        return text.lines()
                .map(line -> renamed.entrySet().stream()
                        .filter(e -> line.trim().startsWith(e.getKey())
                                || line.trim().startsWith("- " + e.getKey()))
                        .findFirst()
                        .map(e -> line.replace(e.getKey(), e.getValue()))
                        .orElse(line))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** As a YAML double-quoted scalar. */
    public static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
