package io.h2hdse.cli;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.cost.table.CostTableModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SweepSpecReader;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.yaml.ModelSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.h2hdse.cli.DseRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten thousand damaged inputs (bytes flipped, cut short, lines swapped, dropped or repeated, numbers
 * made huge, negative, zero or not a number, bytes that are not UTF-8) of every kind of input file go
 * through their reader, and every sixteenth also through the command line in-process: a reader either
 * reads or throws {@link InvalidInputException}; the command line ends with exit 0 or 2, never with
 * an uncaught exception.
 */
class InputFuzzTest {
    private static final Path CONFIGS =
            Path.of("..", "configs").toAbsolutePath().normalize();
    private static final Path TINY = CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml");
    private static final Path FPGA = CONFIGS.resolve("systems/h2h-fpga4-medium.yaml");
    private static final int INPUTS = 10_000;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final List<String> ODD_NUMBERS = List.of(
            "99999999999999999999",
            "2147483648",
            "9223372036854775808",
            "-7",
            "0",
            "-0",
            "1e308",
            "-1e308",
            "1e-320",
            "NaN",
            ".inf",
            "3.5");

    @TempDir
    Path dir;

    /** One kind of input: the file it starts from, what reads it, and a command line that uses it. */
    private record Kind(
            String name,
            String seed,
            String fileName,
            Consumer<Path> reader,
            java.util.function.Function<Path, String[]> command) {}

    @Test
    void damagedInputsAreReadOrRefusedNeverThrownOut() throws IOException {
        Path mapping = Files.writeString(
                dir.resolve("mapping.csv"),
                "layer,accelerator\nM1L1,vc707\nM1L2,vc707\nM1L3,zcu102\n"
                        + "M2L1,zc706\nM2L2,zc706\nM2L3,vc707\nM1L4,arria10_gx1150\nM1L5,arria10_gx1150\n");
        Problem tinyOnFpga = Sources.problem(ModelSource.load(TINY.toString()), SystemYamlReader.read(FPGA));
        StringBuilder costs = new StringBuilder("layer,accelerator,latency_s,energy_j\n");
        for (String layer : List.of("M1L1", "M1L2", "M1L3", "M2L1", "M2L2", "M2L3", "M1L4", "M1L5")) {
            costs.append(layer).append(",gpu,0.001,0.02\n").append(layer).append(",dsp,0.004,0.01\n");
        }
        Path tableSystem = Files.writeString(dir.resolve("table-system.yaml"), """
                name: tabled
                host_memory: {gib: 4}
                default_link: {bandwidth_gbps: 1.25, energy_pj_per_byte: 24}
                cost_table_csv: costs.csv
                accelerators:
                  - {name: gpu, supports: [conv], cost: {model: table}, local_memory: {mib: 64}, weight_share: 0.5, static_power_w: 1, dynamic_power_w: 5}
                  - {name: dsp, supports: [conv], cost: {model: table}, local_memory: {mib: 8}, weight_share: 0.5, static_power_w: 0.2, dynamic_power_w: 1}
                """);
        Path tableMapping = Files.writeString(
                dir.resolve("table-mapping.csv"),
                "layer,accelerator\nM1L1,gpu\nM1L2,gpu\nM1L3,dsp\nM2L1,dsp\nM2L2,gpu\nM2L3,gpu\nM1L4,dsp\nM1L5,gpu\n");
        // The model beside the spec, named relatively: the spec's bytes, and so its mutations, are the same wherever
        // the project is checked out.
        Files.copy(TINY, dir.resolve("mmmt-tiny.yaml"));
        String sweep = """
                name: fuzzed
                models: [%s]
                systems:
                  - base: h2h-fpga4-medium
                    grid: {link_bandwidth_gbps: [0.5, 5]}
                solvers: [baseline, random]
                seeds: [1]
                budgets: [{max_evaluations: 20}]
                """.formatted("mmmt-tiny.yaml");
        String[] tiny = {"--model", TINY.toString()};
        List<Kind> kinds = List.of(
                new Kind("model", Files.readString(TINY), "model.yaml", f -> ModelSource.load(f.toString()), f ->
                        new String[] {"show-model", f.toString()}),
                new Kind(
                        "system",
                        Files.readString(FPGA),
                        "system.yaml",
                        SystemYamlReader::read,
                        f -> concat(tiny, "evaluate", "--system", f.toString(), "--mapping", mapping.toString())),
                new Kind("sweep", sweep, "sweep.yaml", f -> SweepSpecReader.read(f, CONFIGS), f -> new String[] {
                    "sweep",
                    f.toString(),
                    "--configs",
                    CONFIGS.toString(),
                    "--out",
                    dir.resolve("out").toString()
                }),
                new Kind(
                        "case",
                        Files.readString(CONFIGS.resolve("h2h-cases/a_tiny_2acc.json")),
                        "case.json",
                        ReferenceCaseReader::read,
                        f -> new String[] {"h2h", f.toString()}),
                new Kind(
                        "cost table",
                        costs.toString(),
                        "costs.csv",
                        CostTableModel::read,
                        f -> concat(
                                tiny,
                                "evaluate",
                                "--system",
                                tableSystem.toString(),
                                "--mapping",
                                tableMapping.toString())),
                new Kind(
                        "mapping",
                        Files.readString(mapping),
                        "fuzzed-mapping.csv",
                        f -> MappingCsv.read(f, null, tinyOnFpga),
                        f -> concat(tiny, "evaluate", "--system", FPGA.toString(), "--mapping", f.toString())));

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < INPUTS && failures.size() < 5; i++) {
            Random random = new Random(i);
            Kind kind = kinds.get(i % kinds.size());
            byte[] input = mutate(kind.seed().getBytes(StandardCharsets.UTF_8), random);
            Path file = dir.resolve(kind.fileName());
            Files.write(file, input);
            try {
                kind.reader().accept(file);
            } catch (InvalidInputException expected) {
                // refused with a message: fine
            } catch (RuntimeException | Error e) {
                failures.add("input " + i + " (" + kind.name() + ") reader: " + e + "\n"
                        + new String(input, StandardCharsets.UTF_8));
            }
            // Sweeps write a results folder (plots included): fewer of them through the command line.
            int round = i / kinds.size();
            if (round % 16 == 0 && (!kind.name().equals("sweep") || round % 160 == 0)) {
                StringWriter err = new StringWriter();
                int code =
                        Dse.run(kind.command().apply(file), new PrintWriter(new StringWriter()), new PrintWriter(err));
                if (code != Dse.EXIT_OK && code != Dse.EXIT_BAD_INPUT) {
                    failures.add("input " + i + " (" + kind.name() + ") command line: exit " + code + ": " + err + "\n"
                            + new String(input, StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(1, List.of(first));
        return all.toArray(String[]::new);
    }

    /** One to three damages, each chosen at random. */
    static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed;
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            bytes = switch (random.nextInt(7)) {
                case 0 -> flipByte(bytes, random);
                case 1 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                case 2 -> lines(bytes, random, (lines, a, b) -> java.util.Collections.swap(lines, a, b));
                case 3 -> lines(bytes, random, (lines, a, b) -> lines.remove(a));
                case 4 -> lines(bytes, random, (lines, a, b) -> lines.add(b, lines.get(a)));
                case 5 -> oddNumber(bytes, random);
                default -> notUtf8(bytes, random);
            };
        }
        return bytes;
    }

    private static byte[] flipByte(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(128);
        }
        return out;
    }

    private static byte[] notUtf8(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        if (out.length > 0) {
            out[random.nextInt(out.length)] = (byte) (0x80 + random.nextInt(128));
        }
        return out;
    }

    private interface LineEdit {
        void apply(List<String> lines, int a, int b);
    }

    private static byte[] lines(byte[] bytes, Random random, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.size() > 1) {
            edit.apply(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oddNumber(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher numbers = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (numbers.find()) {
            spans.add(new int[] {numbers.start(), numbers.end()});
        }
        if (spans.isEmpty()) {
            return bytes;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String odd = ODD_NUMBERS.get(random.nextInt(ODD_NUMBERS.size()));
        return (text.substring(0, span[0]) + odd + text.substring(span[1])).getBytes(StandardCharsets.UTF_8);
    }

    // ---- hostile inputs a user may be handed: each is exit 0 with the right result, or exit 2 with one line ----

    /** Names YAML would read as syntax, fold or refuse, and names a terminal would obey, if written as they are. */
    private static final List<String> HOSTILE_NAMES = List.of(
            "a: b",
            "# not a comment",
            "- item",
            "* star",
            "&amp",
            "'quoted'",
            "\"double\"",
            "back\\slash",
            "tab\tname",
            "new\nline: injected",
            "cr\rx",
            "line\u2028separator",
            "next\u0085line",
            "bell\u0007",
            "null",
            "~",
            " leading",
            "[x]",
            "{y: 1}",
            "x, y",
            "? q",
            "| literal",
            "! tag",
            "---",
            "<script>alert(1)</script>",
            "../../x",
            "é ünï 中文 😀",
            "x".repeat(300));

    private static void assertOneLineExitTwo(DseRun result, String... mentions) {
        assertEquals(Dse.EXIT_BAD_INPUT, result.code(), result.out() + result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        for (String mention : mentions) {
            assertTrue(result.err().contains(mention), "'" + mention + "' missing in " + result.err());
        }
    }

    /** One conv per name, all fed by the graph input {@code input}, into one Concat whose output is {@code output}. */
    private static Path onnx(Path file, String input, List<String> convs, String output) throws IOException {
        GraphProto.Builder graph = GraphProto.newBuilder().setName("g").addInput(tensor(input, 1, 3, 8, 8));
        NodeProto.Builder concat =
                NodeProto.newBuilder().setOpType("Concat").setName("concat").addOutput(output);
        concat.addAttribute(AttributeProto.newBuilder()
                .setName("axis")
                .setType(AttributeProto.AttributeType.INT)
                .setI(1));
        for (int i = 0; i < convs.size(); i++) {
            graph.addInitializer(TensorProto.newBuilder()
                    .setName("w" + i)
                    .setDataType(1)
                    .addAllDims(List.of(4L, 3L, 3L, 3L))
                    .setDataLocation(TensorProto.DataLocation.EXTERNAL));
            graph.addNode(NodeProto.newBuilder()
                    .setOpType("Conv")
                    .setName(convs.get(i))
                    .addInput(input)
                    .addInput("w" + i)
                    .addOutput(convs.get(i)));
            concat.addInput(convs.get(i));
        }
        graph.addNode(concat).addOutput(ValueInfoProto.newBuilder().setName(output));
        ModelProto model = ModelProto.newBuilder()
                .setIrVersion(8)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13))
                .setGraph(graph)
                .build();
        return Files.write(file, model.toByteArray());
    }

    private static ValueInfoProto tensor(String name, long... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (long d : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder()
                        .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape)))
                .build();
    }

    @Test
    void hostileOnnxNamesImportToYamlThatShowsTheSameModel() throws IOException {
        Path model = onnx(dir.resolve("hostile.onnx"), "in\nname: x", HOSTILE_NAMES, "out: \"#\n- {}");
        Path yaml = dir.resolve("hostile.yaml");
        DseRun imported = run("import", model.toString(), "--out", yaml.toString());
        assertEquals(Dse.EXIT_OK, imported.code(), imported.err());
        DseRun fromOnnx = run("show-model", model.toString());
        DseRun fromYaml = run("show-model", yaml.toString());
        assertEquals(Dse.EXIT_OK, fromYaml.code(), fromYaml.err());
        assertEquals(fromOnnx.out(), fromYaml.out());
        // one header line, the column names, one row per layer: no name breaks a row
        assertEquals(2 + HOSTILE_NAMES.size() + 1, fromYaml.out().lines().count(), fromYaml.out());
        assertTrue(fromYaml.out().contains("new\\u000Aline: injected"), fromYaml.out());
        assertEquals(Dse.EXIT_OK, run("show-model", yaml.toString(), "--csv").code());
    }

    @Test
    void hostileNamesInAYamlModelAreData() throws IOException {
        // written as JSON, which YAML reads: its own quoting, not the project's writer, escapes the names
        ObjectMapper json = new ObjectMapper().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
        List<Map<String, Object>> layers = new ArrayList<>();
        for (String name : HOSTILE_NAMES) {
            layers.add(Map.of(
                    "name",
                    name,
                    "op",
                    "conv",
                    "input_chw",
                    List.of(3, 8, 8),
                    "out_channels",
                    4,
                    "kernel",
                    3,
                    "branch",
                    "b: " + name,
                    "task",
                    "- " + name));
        }
        Path file = Files.writeString(
                dir.resolve("names.yaml"), json.writeValueAsString(Map.of("name", "m\nlayers: []", "layers", layers)));
        DseRun shown = run("show-model", file.toString(), "--csv");
        assertEquals(Dse.EXIT_OK, shown.code(), shown.err());
        List<String> names = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(shown.out()))) {
            names.add(row.get("layer"));
            tasks.add(row.get("task"));
        }
        assertEquals(HOSTILE_NAMES, names);
        assertEquals(HOSTILE_NAMES.stream().map(name -> "- " + name).toList(), tasks);
    }

    private static String[] plus(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aliasIsRefusedNotReadAsTheNameItPointsAt() throws IOException {
        Path file = Files.writeString(dir.resolve("alias.yaml"), """
                name: m
                layers:
                  - {name: c1, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}
                  - {name: c2, op: conv, input_chw: [3, 8, 8], out_channels: 4, kernel: 3, padding: 1}
                  - {name: c3, op: conv, inputs: [*c1], input_chw: [4, 8, 8], out_channels: 4, kernel: 1}
                """);
        assertOneLineExitTwo(run("show-model", file.toString()), "alias.yaml: line 5, column 35", "alias '*c1'");
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), """
                name: s
                models: &m [mmmt-tiny.yaml]
                systems: [{base: h2h-fpga4-medium}]
                solvers: [baseline]
                seeds: [1]
                budgets: [{max_evaluations: 20}]
                """);
        assertOneLineExitTwo(
                run(
                        "sweep",
                        sweep.toString(),
                        "--configs",
                        CONFIGS.toString(),
                        "--out",
                        dir.resolve("o").toString()),
                "sweep.yaml: line 2, column 9",
                "anchor '&m'");
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void overLongLineIsRefusedByItsLineNumber() throws IOException {
        Path file = Files.writeString(
                dir.resolve("long.yaml"), "name: m\nlayers:\n  - {name: " + "x".repeat(8_000_000) + "}\n");
        assertOneLineExitTwo(run("show-model", file.toString()), "long.yaml: line 3: is 8000012 characters long");
    }

    @Test
    void hugeNumbersInASystemAreRefusedNamingTheField() throws IOException {
        String system = Files.readString(CONFIGS.resolve("systems/maestro3-medium.yaml"));
        Map<String, String> edits = Map.of(
                "host_memory_gib: 16", "host_memory_gib",
                "local_memory_mib: 512", "accelerators.nvdla.local_memory_mib",
                "pj_per_mac_energy: 0.23", "accelerators.nvdla.cost.pj_per_mac_energy",
                "energy_pj_per_byte: 24", "default_link.energy_pj_per_byte");
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            String field = edit.getKey().substring(0, edit.getKey().indexOf(':'));
            Path file =
                    Files.writeString(dir.resolve("huge.yaml"), system.replaceFirst(edit.getKey(), field + ": 1e308"));
            Path out = dir.resolve("never");
            DseRun result = run(
                    "solve",
                    "--model",
                    TINY.toString(),
                    "--system",
                    file.toString(),
                    "--solver",
                    "h2h",
                    "--out",
                    out.toString(),
                    "--no-progress");
            assertOneLineExitTwo(result, "huge.yaml: " + edit.getValue() + ": must be", "1e15", "got 1.0E308");
            assertFalse(Files.exists(out), field);
        }
        Path slow = Files.writeString(
                dir.resolve("slow.yaml"), system.replaceFirst("clock_mhz: 1000", "clock_mhz: 1e-300"));
        assertOneLineExitTwo(
                run(
                        "solve",
                        "--model",
                        TINY.toString(),
                        "--system",
                        slow.toString(),
                        "--solver",
                        "h2h",
                        "--out",
                        dir.resolve("never").toString()),
                "slow.yaml: accelerators.nvdla.cost.clock_mhz: must be positive (from 1e-9 to 1e15), got 1.0E-300");
        DseRun result = run(
                "solve",
                "--model",
                TINY.toString(),
                "--system",
                "h2h-fpga4-medium",
                "--configs",
                CONFIGS.toString(),
                "--set",
                "weight_memory_mib=1e308",
                "--solver",
                "h2h",
                "--out",
                dir.resolve("never").toString());
        assertOneLineExitTwo(result, "weight_memory_mib", "1e308");
    }

    @Test
    void budgetsThatCannotBeMetAndRepeatedSetsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = dir.resolve("never");
        String[] solve = {
            "solve",
            "--model",
            TINY.toString(),
            "--system",
            "h2h-fpga4-medium",
            "--configs",
            CONFIGS.toString(),
            "--solver",
            "random",
            "--out",
            out.toString(),
            "--no-progress"
        };
        assertOneLineExitTwo(run(plus(solve, "--budget-s", "1e308")), "--budget-s", "at most 1e9 seconds");
        assertOneLineExitTwo(
                run(plus(solve, "--budget-evals", String.valueOf(Long.MAX_VALUE))), "--budget-evals", "1e18");
        assertOneLineExitTwo(
                run(plus(
                        solve,
                        "--budget-evals",
                        "10",
                        "--set",
                        "link_bandwidth_gbps=1",
                        "--set",
                        "link_bandwidth_gbps=2")),
                "--set: 'link_bandwidth_gbps' is given twice");
        assertFalse(Files.exists(out));
        Files.copy(TINY, dir.resolve("mmmt-tiny.yaml"));
        Path sweep = Files.writeString(dir.resolve("sweep.yaml"), """
                name: s
                models: [mmmt-tiny.yaml]
                systems: [{base: h2h-fpga4-medium}]
                solvers: [baseline]
                seeds: [1]
                budgets: [{max_seconds: 1e308}]
                """);
        assertOneLineExitTwo(
                run("sweep", sweep.toString(), "--configs", CONFIGS.toString(), "--out", out.toString()),
                "budgets[0].max_seconds");
        assertFalse(Files.exists(out));
    }

    @Test
    void unterminatedQuoteInAMappingIsOneLine() throws IOException {
        Path mapping = Files.writeString(dir.resolve("quote.csv"), "layer,accelerator\nM1L1,\"vc707\nM1L2,vc707\n");
        assertOneLineExitTwo(
                run(
                        "evaluate",
                        "--model",
                        TINY.toString(),
                        "--system",
                        FPGA.toString(),
                        "--mapping",
                        mapping.toString()),
                "quote.csv",
                "malformed CSV");
    }

    @Test
    void randomBytesAreNotARunsCsvRatherThanATornLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("results"));
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[noise.length - 1] = 'x';
        Files.write(folder.resolve("runs.csv"), noise);
        assertOneLineExitTwo(run("compare", folder.toString()), "runs.csv: not a runs.csv");
        assertArrayEquals(noise, Files.readAllBytes(folder.resolve("runs.csv")));
    }

    @Test
    void showModelOfTwentyThousandParallelConvolutionsStaysLinear() throws IOException {
        // Padding every row to the widest cell (the concat's 20,000 producers) wrote 2.58 GB.
        int n = 20_000;
        StringBuilder yaml = new StringBuilder("name: wide\nshape_check: none\nlayers:\n");
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            yaml.append("- {name: c")
                    .append(i)
                    .append(", op: conv, input_chw: [3, 8, 8], out_channels: 1, kernel: 1}\n");
            inputs.append("  - c").append(i).append('\n');
        }
        yaml.append("- name: cat\n  op: concat\n  input_chw: [")
                .append(n)
                .append(", 8, 8]\n  inputs:\n")
                .append(inputs);
        Path file = Files.writeString(dir.resolve("wide.yaml"), yaml);
        DseRun shown = run("show-model", file.toString());
        assertEquals(Dse.EXIT_OK, shown.code(), shown.err());
        assertEquals(2 + n + 1, shown.out().lines().count());
        long widestCell = inputs.length() - n * 3L; // the names joined by commas
        assertTrue(
                shown.out().length() < 200L * (n + 3) + widestCell,
                "wrote " + shown.out().length() + " chars");
    }

    @Test
    void onnxDimensionsAndUnnamedOutputsAreNamedOnTheCommandLine() throws IOException {
        Path model = onnx(dir.resolve("numbered.onnx"), "x", List.of("c"), "86");
        DseRun shown = run("show-model", model.toString());
        assertEquals(Dse.EXIT_OK, shown.code(), shown.err());
        assertTrue(shown.out().contains("tasks: Concat_1"), shown.out());
        assertEquals(
                "warning: " + model + ": graph output '86' has no name of its own; its task is named Concat_1 after "
                        + "the node that produces it\n",
                shown.err());
    }
}
