package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A runs.csv as read back, checked: the key columns and every result column of {@link RunsCsv} are
 * there, every row has every cell and a number in each result column. A bad row, a torn last line
 * or text that is not UTF-8 is an {@link InvalidInputException} naming the file and the line. A job
 * recorded twice (two sweeps on one folder before results folders were locked) counts once: its first row.
 *
 * @param header the columns, in file order
 * @param runs   one per job, in file order
 */
public record RunsTable(List<String> header, List<Run> runs) {
    /** One job's row: the file line it starts on and its cells by column. */
    public record Run(long line, Map<String, String> cells) {
        public String jobId() {
            return cells.get("job_id");
        }

        public String solver() {
            return cells.get("solver");
        }

        /** The (model, system point) cells joined: the columns before {@code solver}. */
        public String point() {
            List<String> point = new ArrayList<>();
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                if (cell.getKey().equals("solver")) {
                    break;
                }
                point.add(cell.getValue());
            }
            return String.join("|", point);
        }

        /** A result column's value. */
        public double number(String column) {
            return Double.parseDouble(cells.get(column));
        }

        /** A word column's value ({@link RunsCsv#FACT_COLUMNS}); empty in a runs.csv written before it existed. */
        public String fact(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    public RunsTable {
        header = List.copyOf(header);
        runs = List.copyOf(runs);
    }

    public static RunsTable read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                long line = 1;
                for (byte b : bytes) {
                    line += b == '\n' ? 1 : 0;
                }
                throw new InvalidInputException(
                        file + ": line " + line,
                        "torn last line (from a killed run or a full disk); "
                                + "dse sweep --resume drops it and reruns its job");
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return parse(file, text);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found (is this a sweep's results folder?)");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunsTable parse(Path file, String text) throws IOException {
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(
                        reader,
                        RunsCsv.FORMAT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            List<String> header = parser.getHeaderNames();
            for (String column : required()) {
                if (!header.contains(column)) {
                    throw new InvalidInputException(file.toString(), "not a sweep's runs.csv: no column " + column);
                }
            }
            List<Run> runs = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            try {
                for (CSVRecord row : parser) {
                    Run run = run(file, header, row);
                    if (ids.add(run.jobId())) {
                        runs.add(run);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new InvalidInputException(
                        file + ": line " + parser.getCurrentLineNumber(), "malformed CSV: " + e.getMessage());
            }
            return new RunsTable(header, runs);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": line 1", "malformed header: " + e.getMessage());
        }
    }

    private static Run run(Path file, List<String> header, CSVRecord row) {
        long line = row.getParser().getCurrentLineNumber();
        String where = file + ": line " + line;
        if (!row.isConsistent()) {
            throw new InvalidInputException(where, "expected " + header.size() + " cells, found " + row.size());
        }
        if (row.get("job_id").isBlank()) {
            throw new InvalidInputException(where, "job_id is empty");
        }
        for (String column : RunsCsv.METRIC_COLUMNS) {
            String cell = row.get(column);
            try {
                Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where, column + ": not a number: '" + cell + "'");
            }
        }
        for (String column : List.of(RunsCsv.PROVEN_OPTIMAL, RunsCsv.REPRODUCIBLE)) {
            if (header.contains(column) && !List.of("true", "false").contains(row.get(column))) {
                throw new InvalidInputException(
                        where, column + ": expected true or false, got '" + row.get(column) + "'");
            }
        }
        Map<String, String> cells = new LinkedHashMap<>();
        header.forEach(column -> cells.put(column, row.get(column)));
        return new Run(line, Collections.unmodifiableMap(cells));
    }

    private static List<String> required() {
        List<String> required =
                new ArrayList<>(List.of("model", "system", "solver", "seed", "budget_evals", "budget_s", "job_id"));
        required.addAll(RunsCsv.METRIC_COLUMNS);
        return required;
    }

    /** The job ids recorded. */
    public Set<String> ids() {
        Set<String> ids = new HashSet<>();
        runs.forEach(r -> ids.add(r.jobId()));
        return ids;
    }
}
