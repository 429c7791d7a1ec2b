package io.h2hdse.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.sweep.JobFiles;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.SweepFixtures;
import io.h2hdse.sweep.SweepSpec;
import io.h2hdse.sweep.SweepSpecReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page's embedded data against the job files and runs.csv, read and filtered here independently. */
class ReportDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA_START = "<script id=\"report-data\" type=\"application/json\">";

    @TempDir
    static Path temp;

    static Path out;
    static JsonNode data;
    static List<JsonNode> details;
    static List<Map<String, String>> rows;

    @BeforeAll
    static void report() throws IOException {
        out = temp.resolve("small");
        SweepFixtures.run(SweepFixtures.spec(temp), out, 2);
        Path page = ReportPage.write(out);
        data = embedded(page);
        details = new ArrayList<>();
        for (int p = 0; p < data.get("points").size(); p++) {
            details.add(pointElement(Files.readString(page), p));
        }
        rows = csv(out.resolve("runs.csv"));
    }

    private static JsonNode embedded(Path page) throws IOException {
        return element(Files.readString(page), DATA_START);
    }

    /** The JSON in the script element that starts with {@code start}. */
    private static JsonNode element(String html, String start) throws IOException {
        assertTrue(html.contains(start), "the page has " + start);
        int at = html.indexOf(start) + start.length();
        return JSON.readTree(html.substring(at, html.indexOf("</script>", at)));
    }

    /** The details of point p: gzipped JSON in base64 in element point-P. */
    private static JsonNode pointElement(String html, int p) throws IOException {
        String start = "<script id=\"point-" + p + "\" type=\"application/gzip\">";
        assertTrue(html.contains(start), "the page has " + start);
        int at = html.indexOf(start) + start.length();
        byte[] packed = Base64.getDecoder().decode(html.substring(at, html.indexOf("</script>", at)));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return JSON.readTree(in);
        }
    }

    /** The details of job j's point. */
    private static JsonNode detail(int j) {
        return details.get(data.at("/jobs/point/" + j).asInt());
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file);
                CSVParser parser = CSVParser.parse(
                        reader,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            return parser.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static JobRecord job(int j) {
        return new JobFiles(out).read(data.at("/jobs/id/" + j).asText());
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-5, what);
    }

    @Test
    void everyRowIsThereWithItsMetricsAndFront() {
        assertEquals(rows.size(), data.at("/jobs/id").size());
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < rows.size(); j++) {
            String id = data.at("/jobs/id/" + j).asText();
            ids.add(id);
            Map<String, String> row = rows.stream()
                    .filter(r -> r.get("job_id").equals(id))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    row.get("solver"),
                    data.at("/solvers/" + data.at("/jobs/solver/" + j).asInt()).asText());
            assertEquals(
                    row.get("link_bandwidth_gbps"),
                    data.at("/points/" + data.at("/jobs/point/" + j).asInt() + "/cells/2")
                            .asText());
            assertClose(
                    Double.parseDouble(row.get("latency_s")),
                    data.at("/jobs/metrics/latency_s/" + j).asDouble(),
                    "latency of " + id);
            JobRecord record = job(j);
            JsonNode range = data.at("/points/" + data.at("/jobs/point/" + j).asInt() + "/jobs");
            assertTrue(
                    range.get(0).asInt() <= j && j < range.get(1).asInt(),
                    "job " + j + " in its point's range " + range);
            JsonNode front = detail(j).get("fronts").get(Integer.toString(j));
            assertEquals(2 * record.pareto().size(), front.size());
            for (int i = 0; i < record.pareto().size(); i++) {
                assertClose(record.pareto().get(i).latencyS(), front.get(2 * i).asDouble(), "front latency");
                assertClose(
                        record.pareto().get(i).energyJ(), front.get(2 * i + 1).asDouble(), "front energy");
            }
        }
        assertEquals(rows.stream().map(r -> r.get("job_id")).collect(java.util.stream.Collectors.toSet()), ids);
        double bound = data.get("points").get(0).get("lowerBound").asDouble();
        assertTrue(
                rows.stream()
                        .anyMatch(r ->
                                Math.abs(Double.parseDouble(r.get(ReportData.LOWER_BOUND)) - bound) <= 1e-4 * bound),
                "the point's bound is its rows': " + bound);
    }

    @Test
    void eachPointsFrontIsTheNonDominatedSetOfAllItsJobsAndOnlyItKeepsSchedules() {
        Set<String> scheduled = new TreeSet<>();
        for (int p = 0; p < data.get("points").size(); p++) {
            List<double[]> all = new ArrayList<>();
            for (int j = 0; j < rows.size(); j++) {
                if (data.at("/jobs/point/" + j).asInt() == p) {
                    job(j).pareto().forEach(f -> all.add(new double[] {f.latencyS(), f.energyJ()}));
                }
            }
            Set<List<Double>> expected = new HashSet<>();
            for (double[] a : all) {
                boolean dominated =
                        all.stream().anyMatch(b -> b[0] <= a[0] && b[1] <= a[1] && (b[0] < a[0] || b[1] < a[1]));
                if (!dominated) {
                    expected.add(List.of(a[0], a[1]));
                }
            }
            Set<List<Double>> actual = new HashSet<>();
            for (JsonNode entry : details.get(p).get("front")) {
                int j = entry.get(0).asInt();
                int i = entry.get(1).asInt();
                JobRecord.FrontPoint point = job(j).pareto().get(i);
                actual.add(List.of(point.latencyS(), point.energyJ()));
                assertEquals(
                        JSON.valueToTree(point.mapping()),
                        details.get(p).get("mappings").get(j + "/" + i),
                        "mapping " + j + "/" + i);
                if (i == 0) {
                    scheduled.add(Integer.toString(j));
                }
            }
            assertEquals(expected, actual, "front of point " + p);
        }
        for (int j = 0; j < rows.size(); j++) {
            String solver =
                    data.at("/solvers/" + data.at("/jobs/solver/" + j).asInt()).asText();
            if (solver.equals("h2h")) {
                scheduled.add(Integer.toString(j));
            }
        }
        Set<String> kept = new TreeSet<>();
        details.forEach(d -> d.get("schedules").fieldNames().forEachRemaining(kept::add));
        assertEquals(scheduled, kept);
        assertTrue(kept.size() < rows.size(), "the search jobs off the front keep no schedule");
    }

    @Test
    void scheduleTicksGiveTheJobsScheduleToATickAndEveryTransfer() {
        details.forEach(d -> d.get("schedules").fields().forEachRemaining(e -> {
            JobRecord record = job(Integer.parseInt(e.getKey()));
            double tick = e.getValue().get("tickS").asDouble();
            assertClose(record.metrics().latencyS() / ReportData.TICKS, tick, "tick");
            JsonNode slots = e.getValue().get("slots");
            for (JobRecord.Slot slot : record.schedule()) {
                assertEquals(
                        slot.startS(),
                        slots.get(2 * slot.layer()).asLong() * tick,
                        tick,
                        "start of layer " + slot.layer());
                assertEquals(
                        slot.finishS(),
                        slots.get(2 * slot.layer() + 1).asLong() * tick,
                        tick,
                        "finish of layer " + slot.layer());
            }
            JsonNode transfers = e.getValue().get("transfers");
            assertEquals(7 * record.transfers().size(), transfers.size());
            for (int t = 0; t < record.transfers().size(); t++) {
                JobRecord.TransferRow row = record.transfers().get(t);
                assertEquals(
                        row.kind(),
                        data.at("/transferKinds/" + transfers.get(7 * t).asInt())
                                .asText());
                assertEquals(
                        row.layer(),
                        record.layers().get(transfers.get(7 * t + 1).asInt()));
                assertEquals(
                        row.source(),
                        accelerator(record, transfers.get(7 * t + 2).asInt()));
                assertEquals(
                        row.destination(),
                        accelerator(record, transfers.get(7 * t + 3).asInt()));
                assertEquals(row.startS(), transfers.get(7 * t + 4).asLong() * tick, tick);
                assertEquals(row.finishS(), transfers.get(7 * t + 5).asLong() * tick, tick);
                assertEquals(row.bytes(), transfers.get(7 * t + 6).asDouble(), 0.5);
            }
        }));
    }

    private static String accelerator(JobRecord record, int id) {
        return id < 0 ? io.h2hdse.eval.Transfer.HOST : record.accelerators().get(id);
    }

    @Test
    void eachPointCarriesItsRowsLowerBoundAndTextColumnsAreLeftOut() throws IOException {
        Path withBounds = temp.resolve("bounds");
        copy(out, withBounds);
        Map<String, Double> bounds = new LinkedHashMap<>();
        List<String> header = new ArrayList<>(rows.getFirst().keySet());
        header.add("order_policy");
        try (Writer writer = Files.newBufferedWriter(withBounds.resolve("runs.csv"));
                CSVPrinter printer = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                double bound =
                        bounds.computeIfAbsent(row.get("link_bandwidth_gbps"), b -> 1e-3 / Double.parseDouble(b));
                Map<String, String> cellsByColumn = new LinkedHashMap<>(row);
                cellsByColumn.put(ReportData.LOWER_BOUND, Double.toString(bound));
                cellsByColumn.put(ReportData.GAP, Double.toString(Double.parseDouble(row.get("latency_s")) / bound));
                List<String> cells = new ArrayList<>(cellsByColumn.values());
                cells.add("topological");
                printer.printRecord(cells);
            }
        }
        JsonNode bounded = embedded(ReportPage.write(withBounds));
        assertTrue(bounded.get("metricColumns").toString().contains(ReportData.GAP));
        assertFalse(
                bounded.get("metricColumns").toString().contains("order_policy"),
                "a text column is left out, not an error");
        for (JsonNode point : bounded.get("points")) {
            assertClose(
                    bounds.get(point.at("/cells/2").asText()),
                    point.get("lowerBound").asDouble(),
                    "bound of " + point.get("cells"));
        }
    }

    /**
     * A tiny explore (nvdla's PE count and dataflow, 4 designs, area budget {@value #EXPLORE_AREA_MAX} mm²). Shared with
     * the browser test.
     */
    static final double EXPLORE_AREA_MAX = 100;

    static SweepSpec exploreSpec(Path dir) throws IOException {
        Path file = dir.resolve("explore.yaml");
        Files.writeString(
                file, """
                name: explore
                models: [%s]
                systems:
                  - base: maestro3-medium
                    explore:
                      nvdla.num_pes: [64, 256]
                      nvdla.dataflow: [kcp_ws, yxp_os]
                      area_mm2_max: %s
                      strategy: grid
                solvers: [h2h]
                """.formatted(SweepFixtures.CONFIGS.resolve("sweeps/models/mmmt-tiny.yaml"), EXPLORE_AREA_MAX));
        return SweepSpecReader.read(file, SweepFixtures.CONFIGS);
    }

    @Test
    void aFolderWithoutAreasHasNoDesignViews() {
        assertTrue(data.get("designs").isNull(), "the FPGA system is not area-modelled");
        assertFalse(data.get("metricColumns").toString().contains(RunsCsv.AREA));
    }

    @Test
    void anExploresDesignsCarryTheirAreaBudgetAndFrontAsRunsCsvAndParetoCsvSay() throws IOException {
        Path explored = temp.resolve("explore");
        SweepFixtures.run(exploreSpec(temp), explored, 1);
        JsonNode page = embedded(ReportPage.write(explored));
        List<Map<String, String>> designs = csv(explored.resolve("runs.csv"));
        assertEquals(4, designs.size());
        Map<String, Integer> jobOf = new LinkedHashMap<>();
        for (int j = 0; j < designs.size(); j++) {
            jobOf.put(page.at("/jobs/id/" + j).asText(), j);
        }
        Set<Integer> over = new TreeSet<>();
        List<Map<String, String>> feasible = new ArrayList<>();
        for (Map<String, String> row : designs) {
            double area = Double.parseDouble(row.get(RunsCsv.AREA));
            int j = jobOf.get(row.get("job_id"));
            assertClose(area, page.at("/jobs/metrics/" + RunsCsv.AREA + "/" + j).asDouble(), "area of " + j);
            if (area > EXPLORE_AREA_MAX) {
                over.add(j);
            } else {
                feasible.add(row);
            }
        }
        assertTrue(!over.isEmpty() && !feasible.isEmpty(), "the budget splits the designs: over " + over);
        assertEquals(
                EXPLORE_AREA_MAX,
                page.at("/designs/areaBudgets/maestro3-medium").asDouble());
        assertEquals(over, ints(page.at("/designs/overBudget")));
        // The front: the feasible rows no other feasible row beats or equals in latency, energy and area.
        Set<Integer> front = new TreeSet<>();
        for (Map<String, String> a : feasible) {
            boolean dominated = feasible.stream()
                    .anyMatch(b -> b != a
                            && List.of("latency_s", "energy_j", RunsCsv.AREA).stream()
                                    .allMatch(c -> Double.parseDouble(b.get(c)) <= Double.parseDouble(a.get(c))));
            if (!dominated) {
                front.add(jobOf.get(a.get("job_id")));
            }
        }
        assertEquals(front, ints(page.at("/designs/front")));
        assertEquals(
                front,
                new TreeSet<>(csv(explored.resolve("pareto.csv")).stream()
                        .map(r -> jobOf.get(r.get("job_id")))
                        .toList()),
                "pareto.csv's front");
    }

    private static Set<Integer> ints(JsonNode array) {
        Set<Integer> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    @Test
    void textThatWouldCloseTheScriptElementIsEscaped() throws IOException {
        String html = ReportPage.html(
                Map.of("model", "</script><b>x"), List.of(Map.of("layer", "</script><i>y")), "a <b> sweep");
        assertFalse(html.contains("</script><b>"));
        assertFalse(html.contains("</script><i>"));
        assertTrue(html.contains("<title>a &lt;b&gt; sweep"));
        assertEquals("</script><b>x", element(html, DATA_START).get("model").asText());
        assertEquals("</script><i>y", pointElement(html, 0).get("layer").asText());
    }

    @Test
    void aBadFolderIsAnInputErrorNamingTheFileAndField() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertTrue(assertThrows(InvalidInputException.class, () -> ReportPage.write(empty))
                .getMessage()
                .contains("runs.csv"));
        Path broken = temp.resolve("broken");
        copy(out, broken);
        String csv = Files.readString(broken.resolve("runs.csv"));
        String latency = rows.getFirst().get("latency_s");
        Files.writeString(broken.resolve("runs.csv"), csv.replaceFirst(java.util.regex.Pattern.quote(latency), "fast"));
        String message = assertThrows(InvalidInputException.class, () -> ReportPage.write(broken))
                .getMessage();
        assertTrue(message.contains("runs.csv") && message.contains("latency_s") && message.contains("fast"), message);
        assertFalse(Files.exists(broken.resolve(ReportPage.FILE)), "nothing written");

        Path missing = temp.resolve("missing");
        copy(out, missing);
        String id = rows.getLast().get("job_id");
        Files.delete(missing.resolve("jobs/" + id + ".json.gz"));
        message = assertThrows(InvalidInputException.class, () -> ReportPage.write(missing))
                .getMessage();
        assertTrue(message.contains(id), message);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(ReportPage.FILE)) {
                    Files.copy(f, target);
                }
            }
        }
    }
}
