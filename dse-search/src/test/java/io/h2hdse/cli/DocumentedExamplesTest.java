package io.h2hdse.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code bin/dse} example of README's code blocks and of every command's {@code --help} runs, from
 * a copy of the repository's root (its configs, committed results and MAESTRO's files), and exits 0.
 * They run in one separate JVM ({@link ExampleRunner}), one after another: the {@code dse sweep}
 * examples first, as the examples of plot, report and merge use their results. The few that cannot
 * run here are listed in {@link #NOT_RUN} with the reason.
 */
class DocumentedExamplesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** What the examples read, copied from the repository. */
    private static final List<String> COPIED =
            List.of("configs", "results/search-vs-h2h", "results/h2h-paper", "dse-core/src/test/resources/maestro");

    /** Examples not run, each with the reason. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "bin/with-jdk21 ./mvnw -B -ntp -q package -DskipTests && bin/dse sweep configs/sweeps/quick.yaml",
            "the build itself, and the whole quick sweep (162 jobs, about 30 s on 2 cores): `dse sweep "
                    + "configs/sweeps/tiny.yaml` runs the same command here",
            "bin/dse sweep configs/sweeps/quick.yaml --engine spark --master 'local[*]'",
            "the whole quick sweep on Spark; dse-spark is not on dse-search's classpath (its own tests run the engine)",
            "bin/dse sweep configs/sweeps/quick.yaml --shard \"$SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT\" "
                    + "--threads \"$SLURM_CPUS_PER_TASK\" --no-progress --out \"results/quick/shard-$SLURM_ARRAY_TASK_ID\"",
            "a SLURM array job's line: its variables come from SLURM",
            "sbatch --dependency=afterany:$job --wrap 'cd /shared/h2h-dse && bin/dse merge results/quick/shard-* --out results/quick'",
            "a SLURM submission",
            "sbatch --wait --array=0-3 --cpus-per-task=8 --wrap 'bin/dse sweep configs/sweeps/explore.yaml --shard "
                    + "\"$SLURM_ARRAY_TASK_ID/4\" --merged results/explore --out \"results/explore/shard-$SLURM_ARRAY_TASK_ID\" "
                    + "--threads \"$SLURM_CPUS_PER_TASK\" --no-progress --no-report'",
            "a SLURM submission (the rounds of an nsga2 explore's shards)",
            "bin/dse merge results/explore/shard-* --out results/explore && break",
            "the merge of those rounds, in their shell loop (ExploreShardsCommandTest runs the same rounds)");

    private static final Pattern HELP_EXAMPLE = Pattern.compile("^\\s+(bin/dse .*?)(\\s{2,}\\(.*\\))?$");

    @TempDir
    Path root;

    @Test
    void everyExampleOfReadmeAndHelpRunsFromTheRepositoryRoot() throws Exception {
        Set<String> examples = new LinkedHashSet<>();
        List<String> help = helpExamples();
        help.stream().filter(e -> e.startsWith("bin/dse sweep ")).forEach(examples::add);
        examples.addAll(help);
        examples.addAll(readmeExamples());
        examples.removeAll(NOT_RUN.keySet());
        assertTrue(examples.size() > 20, "examples found: " + examples);

        for (String copied : COPIED) {
            copy(ROOT.resolve(copied), root.resolve(copied));
        }
        List<String> lines = new ArrayList<>();
        for (String example : examples) {
            lines.add(encode(example));
        }
        Path file = Files.write(root.resolve("examples.txt"), lines, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExampleRunner.class.getName(),
                        file.toString())
                .directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> results = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue());
        List<String> failed = new ArrayList<>();
        List<String> run = List.copyOf(examples);
        for (int i = 0; i < run.size(); i++) {
            String result = i < results.size() ? results.get(i) : "no result";
            if (!result.startsWith("0\t")) {
                failed.add(run.get(i) + "  →  exit " + result);
            }
        }
        assertEquals(List.of(), failed);
    }

    /** Every README code block line that runs dse; continued lines joined, comments dropped. */
    private static List<String> readmeExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            pending.append(line.strip());
            if (line.endsWith("\\")) {
                pending.setLength(pending.length() - 1);
                continue;
            }
            String command = withoutComment(pending.toString()).strip();
            pending.setLength(0);
            if (command.contains("bin/dse")) {
                examples.add(command);
            }
        }
        return examples;
    }

    /** The examples of every command's --help (and of dse --help): lines starting with bin/dse, notes in brackets dropped. */
    private static List<String> helpExamples() {
        List<String> examples = new ArrayList<>();
        List<String> commands = new ArrayList<>(List.of(""));
        commands.addAll(Subcommands.names());
        commands.remove("help");
        for (String command : commands) {
            String text = help(command);
            List<String> lines = text.lines().toList();
            for (int i = 1; i < lines.size(); i++) {
                // "configs/README." then "md).": picocli wrapped a file name at its dot.
                assertTrue(
                        !(lines.get(i - 1).matches(".*\\w\\.$")
                                && lines.get(i).matches("\\s{4,}[a-z]{1,5}([).,;:].*|$)")),
                        "dse " + command + " --help wraps a word: " + lines.get(i - 1) + " / " + lines.get(i));
            }
            for (String line : lines) {
                assertTrue(
                        !line.startsWith("  dse "),
                        "dse " + command + " --help: an example names the command as bin/dse: " + line);
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = HELP_EXAMPLE.matcher(lines.get(i));
                if (m.matches()) {
                    assertTrue(
                            i + 1 == lines.size()
                                    || lines.get(i + 1).isEmpty()
                                    || Character.isWhitespace(lines.get(i + 1).charAt(0)),
                            "dse " + command + " --help wraps an example: " + lines.get(i));
                    examples.add(m.group(1).strip());
                }
            }
        }
        return examples;
    }

    static String help(String command) {
        StringWriter out = new StringWriter();
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        assertEquals(0, Dse.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        return out.toString();
    }

    private static String withoutComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            single ^= c == '\'' && !dbl;
            dbl ^= c == '"' && !single;
            if (c == '#' && !single && !dbl && i > 0 && line.charAt(i - 1) == ' ') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The example as ExampleRunner reads it: its words (bin/dse dropped), and where its output goes. */
    private static String encode(String example) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : (example + " ").toCharArray()) {
            if (quote != 0) {
                assertTrue(
                        c != '$' || quote == '\'', "an example with a shell variable (list it in NOT_RUN): " + example);
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                assertTrue(
                        "&|;$`<".indexOf(c) < 0,
                        "an example this test cannot run as it is written (list it in NOT_RUN): " + example);
                word.append(c);
                inWord = true;
            }
        }
        assertEquals("bin/dse", words.getFirst(), example);
        String redirect = "";
        int arrow = words.indexOf(">");
        if (arrow >= 0) {
            redirect = words.get(arrow + 1);
            words = words.subList(0, arrow);
        }
        return String.join("\u001f", words.subList(1, words.size())) + "\u001e" + redirect;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
