package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
    /** How much of a file the header check reads: a runs.csv header is a few hundred bytes. */
    private static final int HEADER_LIMIT = 64 * 1024;

    /** One job's row: the file line it starts on and its cells by column. */
    public record Run(long line, Map<String, String> cells) {
        public String jobId() {
            return cells.get("job_id");
        }

        public String solver() {
            return cells.get("solver");
        }

        /** The (model, system point) cells as one key ({@link #pointKey}): the columns before {@code solver}. */
        public String point() {
            List<String> point = new ArrayList<>();
            for (Map.Entry<String, String> cell : cells.entrySet()) {
                if (cell.getKey().equals("solver")) {
                    break;
                }
                point.add(cell.getValue());
            }
            return pointKey(point);
        }

        /** A result column's value. */
        public double number(String column) {
            return cells instanceof RunCells compact ? compact.number(column) : Double.parseDouble(cells.get(column));
        }

        /** A word column's value ({@link RunsCsv#FACT_COLUMNS}); empty in a runs.csv written before it existed. */
        public String fact(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /**
     * Point cells joined by {@code |}, a {@code \} or {@code |} in a cell escaped by a {@code \}: names are data, so
     * a model named {@code a|b} on system {@code c} is not the point of model {@code a} on system {@code b|c}.
     */
    public static String pointKey(List<String> cells) {
        return String.join(
                "|",
                cells.stream()
                        .map(c -> c.replace("\\", "\\\\").replace("|", "\\|"))
                        .toList());
    }

    public RunsTable {
        header = List.copyOf(header);
        runs = List.copyOf(runs);
    }

    /**
     * Reads the file record by record (never its whole text at once), each row kept as compact {@link RunCells}:
     * {@code dse compare} on a 300,000-row runs.csv (75 MB) runs in 200 MB of heap (over 600 MB when the file was
     * read whole and each row kept as a map of strings).
     */
    public static RunsTable read(Path file) {
        return read(file, false);
    }

    /**
     * As {@link #read}, each result cell kept as its text (checked to be a number, not converted): about twice as
     * quick, and larger, for a reader that holds the table briefly (opening a folder of 100,000 jobs to resume).
     */
    static RunsTable readTexts(Path file) {
        return read(file, true);
    }

    private static RunsTable read(Path file, boolean numbersAsText) {
        try {
            requireHeader(file);
            requireWholeLastLine(file);
            try (Reader reader =
                    new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
                return parse(file, reader, numbersAsText);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found (is this a sweep's results folder?)");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Any other file (random bytes, another CSV) is "not a runs.csv", before its last line is judged torn. Reads
     * the first line only, up to {@link #HEADER_LIMIT} bytes.
     */
    static void requireHeader(Path file) throws IOException {
        byte[] first;
        try (InputStream in = Files.newInputStream(file)) {
            first = in.readNBytes(HEADER_LIMIT);
        }
        int end = 0;
        while (end < first.length && first[end] != '\n') {
            end++;
        }
        List<String> cells = List.of(
                new String(first, 0, end, StandardCharsets.UTF_8).strip().split(",", -1));
        if (!cells.containsAll(required())) {
            throw new InvalidInputException(
                    file.toString(),
                    "not a runs.csv: its first line is not a sweep's runs.csv header (model,system,...,job_id,...)");
        }
    }

    /**
     * The table in {@code text}, checked as {@link #read} checks it, result cells kept as text as by {@link #readTexts};
     * errors name {@code file} and the line.
     */
    static RunsTable parse(Path file, String text) {
        try {
            return parse(file, new StringReader(text), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
    }

    private static RunsTable parse(Path file, Reader reader, boolean numbersAsText) throws IOException {
        try (CSVParser parser = CSVParser.parse(
                reader,
                RunsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parse(file, parser, numbersAsText);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file + ": line 1", "malformed header: " + e.getMessage());
        }
    }

    /** A last line without its newline is a row a killed run did not finish: named with its line number. */
    private static void requireWholeLastLine(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            if (last.get(0) == '\n') {
                return;
            }
        }
        long line = 1;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                line += b == '\n' ? 1 : 0;
            }
        }
        throw new InvalidInputException(
                file + ": line " + line,
                "torn last line (from a killed run or a full disk); dse sweep --resume drops it and reruns its job");
    }

    private static RunsTable parse(Path file, CSVParser parser, boolean numbersAsText) {
        List<String> header = parser.getHeaderNames();
        for (String column : required()) {
            if (!header.contains(column)) {
                throw new InvalidInputException(file.toString(), "not a sweep's runs.csv: no column " + column);
            }
        }
        RunCells.Columns columns =
                new RunCells.Columns(header, RunsCsv.METRIC_COLUMNS, List.of("job_id"), numbersAsText);
        List<Run> runs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            for (CSVRecord row : parser) {
                Run run = run(file, header, row, columns);
                if (ids.add(run.jobId())) {
                    runs.add(run);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                // Found as a block of the file is decoded, ahead of the line being parsed: no line to name.
                throw new InvalidInputException(file.toString(), "not UTF-8 text");
            }
            throw new InvalidInputException(
                    file + ": line " + parser.getCurrentLineNumber(), "malformed CSV: " + e.getMessage());
        }
        return new RunsTable(header, runs);
    }

    private static Run run(Path file, List<String> header, CSVRecord row, RunCells.Columns columns) {
        long line = row.getParser().getCurrentLineNumber();
        String where = file + ": line " + line;
        if (!row.isConsistent()) {
            throw new InvalidInputException(where, "expected " + header.size() + " cells, found " + row.size());
        }
        if (row.get("job_id").isBlank()) {
            throw new InvalidInputException(where, "job_id is empty");
        }
        RunCells cells;
        try {
            cells = columns.cells(row); // parses the result columns, once
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where, notANumber(row));
        }
        for (String column : List.of(RunsCsv.PROVEN_OPTIMAL, RunsCsv.REPRODUCIBLE)) {
            if (header.contains(column) && !List.of("true", "false").contains(row.get(column))) {
                throw new InvalidInputException(
                        where, column + ": expected true or false, got '" + row.get(column) + "'");
            }
        }
        return new Run(line, cells);
    }

    /** The first result column of the row whose cell is not a number, named. */
    private static String notANumber(CSVRecord row) {
        for (String column : RunsCsv.METRIC_COLUMNS) {
            String cell = row.get(column);
            try {
                Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                return column + ": not a number: '" + cell + "'";
            }
        }
        throw new IllegalStateException("a result cell failed to parse, then parsed");
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
