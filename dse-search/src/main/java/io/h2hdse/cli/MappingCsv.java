package io.h2hdse.cli;

import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A mapping as CSV with the header {@code layer,accelerator} (names), one row per layer, any order;
 * or a sweep's mappings.csv, with the mapping picked by its {@code mapping_id}.
 */
final class MappingCsv {
    private MappingCsv() {}

    static int[] read(Path file, String mappingId, Problem problem) {
        int[] mapping = new int[problem.layers()];
        Arrays.fill(mapping, -1);
        try (Reader reader = new java.io.StringReader(TextFiles.read(file, "mapping (CSV)"));
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .setIgnoreSurroundingSpaces(true)
                                .setIgnoreEmptyLines(true)
                                .setCommentMarker('#')
                                .get())) {
            if (!parser.getHeaderNames().contains("layer")
                    || !parser.getHeaderNames().contains("accelerator")) {
                throw new InvalidInputException(file.toString(), "header must name the columns layer and accelerator");
            }
            boolean manyMappings = parser.getHeaderNames().contains("mapping_id");
            if (manyMappings != (mappingId != null)) {
                throw new InvalidInputException(
                        file.toString(),
                        manyMappings
                                ? "holds several mappings: pick one with --mapping-id"
                                : "has no mapping_id column for --mapping-id");
            }
            for (CSVRecord row : parser) {
                String where = file + ": line " + row.getParser().getCurrentLineNumber();
                if (!row.isConsistent()) {
                    throw new InvalidInputException(
                            where, "expected " + parser.getHeaderNames().size() + " cells");
                }
                if (manyMappings && !row.get("mapping_id").equals(mappingId)) {
                    continue;
                }
                int layer = layerId(problem, row.get("layer"), where);
                int acc = acceleratorId(problem, row.get("accelerator"), where);
                if (mapping[layer] >= 0) {
                    throw new InvalidInputException(where, "layer " + row.get("layer") + " is mapped twice");
                }
                if (!problem.allowed(layer, acc)) {
                    throw new InvalidInputException(
                            where, "accelerator " + row.get("accelerator") + " does not run layer " + row.get("layer"));
                }
                mapping[layer] = acc;
            }
        } catch (IOException | IllegalStateException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            // the parser's own words for a malformed row, an unterminated quote say: "(startline 2) EOF reached ..."
            throw new InvalidInputException(
                    file.toString(), "malformed CSV: " + e.getCause().getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file.toString() + ": line 1", "malformed header: " + e.getMessage());
        }
        if (mappingId != null && Arrays.stream(mapping).allMatch(a -> a < 0)) {
            throw new InvalidInputException(file.toString(), "no mapping with mapping_id " + mappingId);
        }
        for (int l = 0; l < mapping.length; l++) {
            if (mapping[l] < 0) {
                throw new InvalidInputException(
                        file.toString(), "layer " + problem.workload().layer(l).name() + " is not mapped");
            }
        }
        return mapping;
    }

    private static int layerId(Problem problem, String name, String where) {
        for (int l = 0; l < problem.layers(); l++) {
            if (problem.workload().layer(l).name().equals(name)) {
                return l;
            }
        }
        throw new InvalidInputException(where, "model " + problem.workload().name() + " has no layer '" + name + "'");
    }

    private static int acceleratorId(Problem problem, String name, String where) {
        for (int a = 0; a < problem.accelerators(); a++) {
            if (problem.system().accelerator(a).name().equals(name)) {
                return a;
            }
        }
        throw new InvalidInputException(
                where, "system " + problem.system().name() + " has no accelerator '" + name + "'");
    }
}
