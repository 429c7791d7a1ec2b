package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * runs.csv, appended one full row at a time as jobs finish. Each row goes out in one write and is
 * flushed, so a killed run leaves at most one half-written last row; opening truncates it away and
 * collects the job ids already recorded, which a rerun skips.
 */
public final class RunsCsv implements AutoCloseable {
    public static final String FILE = "runs.csv";
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final List<String> header;
    private final Set<String> recorded;
    private final OutputStream out;

    private RunsCsv(List<String> header, Set<String> recorded, OutputStream out) {
        this.header = header;
        this.recorded = recorded;
        this.out = out;
    }

    /**
     * Opens (or creates) {@code file} for appending rows of {@code header}; refuses a file with another
     * header. A row counts as recorded only if {@code complete} holds for its job id (its job file is
     * there): other rows are dropped, so that their jobs run again.
     */
    public static RunsCsv open(Path file, List<String> header, Predicate<String> complete) {
        try {
            Set<String> recorded = new HashSet<>();
            if (Files.exists(file)) {
                dropHalfWrittenRow(file);
            }
            if (Files.exists(file) && Files.size(file) > 0) {
                requireHeader(file, header);
                dropRowsOf(file, complete.negate());
                recorded = ids(file);
            } else {
                Files.writeString(file, line(header), StandardCharsets.UTF_8);
            }
            return new RunsCsv(header, recorded, Files.newOutputStream(file, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts the file after its last newline: the rest is a row a killed run did not finish. */
    private static void dropHalfWrittenRow(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    /** Rewrites the file without the rows whose job id matches, through a temporary file and an atomic rename. */
    private static void dropRowsOf(Path file, Predicate<String> drop) throws IOException {
        if (Files.size(file) == 0 || ids(file).stream().noneMatch(drop)) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get());
             CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), FORMAT)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord row : parser) {
                if (!row.isConsistent() || !drop.test(row.get("job_id"))) {
                    printer.printRecord(row.toList());
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void requireHeader(Path file, List<String> header) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new InvalidInputException(file.toString(), "written by another sweep (columns " + String.join(",", parser.getHeaderNames())
                        + "); use another --out or remove it");
            }
        }
    }

    /** The job ids a runs.csv file holds; none if there is no file. */
    public static Set<String> ids(Path file) {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            Set<String> ids = new HashSet<>();
            for (CSVRecord row : parser) {
                if (row.isConsistent()) {
                    ids.add(row.get("job_id"));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the job already has a row (from an earlier run). */
    public boolean recorded(String jobId) {
        return recorded.contains(jobId);
    }

    public int recordedCount() {
        return recorded.size();
    }

    /** Appends one row (cells in header order) in a single write, and flushes it. */
    public synchronized void append(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        try {
            out.write(line(cells).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
