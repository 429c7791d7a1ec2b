package io.h2hdse.cli;

import io.h2hdse.cost.table.CostTableModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.Sources;
import io.h2hdse.sweep.SweepSpecReader;
import io.h2hdse.system.yaml.SystemYamlReader;
import io.h2hdse.workload.yaml.ModelSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
