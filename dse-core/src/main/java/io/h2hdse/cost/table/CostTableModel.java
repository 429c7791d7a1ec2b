package io.h2hdse.cost.table;

import io.h2hdse.cost.LayerCost;
import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;
import io.h2hdse.system.Accelerator;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.Layer;
import io.h2hdse.workload.Workload;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-(layer, accelerator) costs the user measured or computed elsewhere, read from a CSV with the
 * header {@code layer,accelerator,latency_s,energy_j} (any column order, extra columns ignored,
 * {@code #} starts a comment line). Latency is in seconds, energy in joules, both of one execution
 * of the layer without inter-accelerator transfers. A malformed row is rejected with the file and
 * line; a pair the table does not have is rejected when costed, naming the layer and accelerator.
 */
public final class CostTableModel implements LayerCostModel {
    static final List<String> COLUMNS = List.of("layer", "accelerator", "latency_s", "energy_j");

    private record Key(String layer, String accelerator) {}

    private final String source;
    /**
     * The largest latency (s) or energy (J) a row may give: far beyond any real layer (1e30 s is 1e22 years),
     * yet sums and products over a million layers (makespan, energy, energy × delay) stay finite.
     */
    static final double LARGEST = 1e30;

    private final Map<Key, LayerCost> costs;

    private CostTableModel(String source, Map<Key, LayerCost> costs) {
        this.source = source;
        this.costs = Map.copyOf(costs);
    }

    public static CostTableModel read(Path csv) {
        try (Reader reader = new java.io.StringReader(TextFiles.read(csv, "cost table (CSV)"))) {
            return read(reader, csv.toString());
        } catch (IOException e) {
            throw new InvalidInputException(csv.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static CostTableModel read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setCommentMarker('#')
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidInputException(
                            source + ": line 1",
                            "missing column '" + column + "' (the header needs " + String.join(",", COLUMNS) + ")");
                }
            }
            Map<Key, LayerCost> costs = new HashMap<>();
            Map<Key, Long> lineOf = new HashMap<>();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                String where = source + ": line " + line;
                if (!row.isConsistent()) {
                    throw new InvalidInputException(
                            where, "expected " + parser.getHeaderNames().size() + " fields, got " + row.size());
                }
                Key key = new Key(text(row, "layer", where), text(row, "accelerator", where));
                LayerCost cost;
                try {
                    cost = new LayerCost(number(row, "latency_s", where), number(row, "energy_j", where));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(where, e.getMessage());
                }
                Long first = lineOf.putIfAbsent(key, line);
                if (first != null) {
                    throw new InvalidInputException(
                            where,
                            "layer '" + key.layer() + "' on accelerator '" + key.accelerator()
                                    + "' is already given at line " + first);
                }
                costs.put(key, cost);
            }
            return new CostTableModel(source, costs);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException(source, "malformed CSV: " + e.getMessage());
        }
    }

    private static String text(CSVRecord row, String column, String where) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new InvalidInputException(where, column + " is empty");
        }
        return value;
    }

    private static double number(CSVRecord row, String column, String where) {
        String value = text(row, column, where);
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where, column + " is not a number: '" + value + "'");
        }
        if (Math.abs(number) > LARGEST) {
            throw new InvalidInputException(
                    where,
                    column + " " + value + " is too large (at most 1e30"
                            + ": a model's latency and energy add up many of them and must stay finite)");
        }
        return number;
    }

    @Override
    public LayerCost cost(Workload workload, Layer layer, Accelerator accelerator) {
        LayerCost cost = costs.get(new Key(layer.name(), accelerator.name()));
        if (cost == null) {
            throw missing(layer, accelerator);
        }
        return cost;
    }

    /**
     * Checks up front that the table has every pair the mapping may use: each layer on each
     * {@code table} accelerator that runs the layer's op kind.
     */
    public void requireComplete(Workload workload, SystemSpec system) {
        for (Accelerator acc : system.accelerators()) {
            if (!(acc.cost() instanceof TableSpec)) {
                continue;
            }
            for (Layer layer : workload.layers()) {
                if (acc.runs(layer.kind()) && !costs.containsKey(new Key(layer.name(), acc.name()))) {
                    throw missing(layer, acc);
                }
            }
        }
    }

    private InvalidInputException missing(Layer layer, Accelerator accelerator) {
        return new InvalidInputException(
                source, "no row for layer '" + layer.name() + "' on accelerator '" + accelerator.name() + "'");
    }

    public int size() {
        return costs.size();
    }
}
