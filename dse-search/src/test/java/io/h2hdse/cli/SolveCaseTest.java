package io.h2hdse.cli;

import io.h2hdse.cost.CostModels;
import io.h2hdse.eval.Problem;
import io.h2hdse.h2hcase.ReferenceCase;
import io.h2hdse.h2hcase.ReferenceCaseReader;
import io.h2hdse.solver.h2h.GraphOrder;
import io.h2hdse.solver.h2h.H2h;
import io.h2hdse.solver.h2h.H2hResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** dse solve --case reproduces the release's H2H on a reference case (whose node order is also the workload's here). */
class SolveCaseTest {
    @TempDir
    Path dir;

    @Test
    void h2hOnAReferenceCaseIsTheReleasesStepFour() throws IOException {
        Path file = Path.of("..", "configs", "h2h-cases", "b_vgg3_3acc.json");
        StringWriter err = new StringWriter();
        int code = Dse.run(
                new String[] {"solve", "--case", file.toString(), "--solver", "h2h", "--out", dir.toString()},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(Dse.EXIT_OK, code, err.toString());

        ReferenceCase c = ReferenceCaseReader.read(file);
        Problem problem = Problem.compile(c.workload(), c.system(), CostModels.withCostTable(Optional.empty()));
        H2hResult release = H2h.run(problem, GraphOrder.of(c));
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(dir.resolve("runs.csv"));
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            rows = parser.getRecords();
        }
        assertEquals(1, rows.size());
        assertEquals(
                release.last().makespan(), Double.parseDouble(rows.getFirst().get("latency_s")));
        assertEquals(release.last().energy(), Double.parseDouble(rows.getFirst().get("energy_j")));
    }
}
