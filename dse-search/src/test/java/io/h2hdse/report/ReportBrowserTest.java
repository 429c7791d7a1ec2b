package io.h2hdse.report;

import io.h2hdse.sweep.Comparison;
import io.h2hdse.sweep.JobFiles;
import io.h2hdse.sweep.JobRecord;
import io.h2hdse.sweep.RunsCsv;
import io.h2hdse.sweep.RunsTable;
import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the report of a small sweep in headless Chromium (Debian's chromium and chromium-driver, never a
 * download) and uses it as a person would: filters, a click on a Pareto point, the Gantt chart. Expected
 * figures come from the job files, not from the page's data. Leaves a screenshot in target/.
 */
@Tag("browser")
class ReportBrowserTest {
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    static Path temp;

    static Path out;
    static ChromeDriver browser;

    @BeforeAll
    static void openReport() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        out = temp.resolve("small");
        SweepFixtures.run(SweepFixtures.spec(temp), out, 2);
        Path page = ReportPage.write(out);
        browser = HeadlessChromium.start(1400, 3300);
        browser.get(page.toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> script("return window.dseReport !== undefined"));
        drawn();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void opensWithoutConsoleErrorsAndFiltersEveryChart() {
        // A window too short for the charts further down: the page draws those after the ones in view.
        browser.manage().window().setSize(new Dimension(1400, 900));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
        script("window.scrollTo(0, 0)");
        assertEquals(
                true,
                script(
                        "return document.getElementById('param-link_bandwidth_gbps').getBoundingClientRect().top > window.innerHeight"),
                "the parameter charts are below the fold");

        choose("link_bandwidth_gbps", "5");
        choose("solver", "random");
        long expected =
                jobsAt("5", "random").stream().mapToLong(r -> r.pareto().size()).sum();
        assertTrue(expected > 2, "the fixture's random jobs should each have several Pareto points");
        assertEquals(expected, number("""
                return echarts.getInstanceByDom(document.getElementById('pareto')).getOption().series
                    .filter(s => s.id.startsWith('solver-')).reduce((n, s) => n + s.data.length, 0)"""));
        assertEquals(
                List.of("random"),
                script(
                        "return Array.from(document.querySelectorAll('#comparison tbody tr td:first-child')).map(c => c.textContent)"));
        // One point (bandwidth 5), its two seeds.
        assertEquals(
                1L,
                number("return Number(document.querySelector('#comparison tbody tr td:nth-child(2)').textContent)"));
        assertEquals(
                2L,
                number("return Number(document.querySelector('#comparison tbody tr td:nth-child(7)').textContent)"));
        // The parameter charts ignore their own parameter's filter and follow the solver filter: one solver line and
        // the lower bound's, two bandwidths each.
        assertEquals(List.of(2L, 2L), script("""
                return echarts.getInstanceByDom(document.getElementById('param-link_bandwidth_gbps-latency')).getOption().series
                    .map(s => s.data.length)"""));
        choose("solver", "");
        browser.manage().window().setSize(new Dimension(1400, 3300));
    }

    @Test
    void clickingAParetoPointShowsThatMappingsGantt() throws IOException {
        choose("link_bandwidth_gbps", "0.5");
        choose("solver", "");
        JobRecord h2h = jobsAt("0.5", "h2h").getFirst();
        WebElement pareto = browser.findElement(By.id("pareto"));
        new Actions(browser).scrollToElement(pareto).perform();
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) script("""
                const c = echarts.getInstanceByDom(document.getElementById('pareto'));
                const s = c.getOption().series.find(s => s.id === 'solver-h2h');
                return c.convertToPixel({seriesId: 'solver-h2h'}, [s.data[0][0], s.data[0][1]]);""");
        Map<?, ?> box = (Map<?, ?>)
                script("const r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", pareto);
        int dx = (int) Math.round(pixel.get(0).doubleValue() - ((Number) box.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(pixel.get(1).doubleValue() - ((Number) box.get("h")).doubleValue() / 2);
        new Actions(browser).moveToElement(pareto, dx, dy).click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> script("return window.dseReport.detail() !== null"));

        int layers = h2h.layers().size();
        assertEquals((long) layers, number("""
                return echarts.getInstanceByDom(document.getElementById('gantt')).getOption().series
                    .filter(s => s.id.startsWith('layer-')).reduce((n, s) => n + s.data.length, 0)"""));
        @SuppressWarnings("unchecked")
        List<List<Object>> bars = (List<List<Object>>) script("""
                return echarts.getInstanceByDom(document.getElementById('gantt')).getOption().series
                    .filter(s => s.id.startsWith('layer-')).flatMap(s => s.data).map(d => [d[3], d[4], d[1], d[2]]);""");
        double makespanMs = h2h.metrics().latencyS() * 1e3;
        for (List<Object> bar : bars) {
            int layer = h2h.layers().indexOf((String) bar.get(0));
            JobRecord.Slot slot = h2h.schedule().get(layer);
            assertEquals(
                    h2h.accelerators().get(h2h.pareto().getFirst().mapping()[layer]),
                    bar.get(1),
                    "accelerator of " + bar.get(0));
            assertEquals(
                    slot.startS() * 1e3,
                    ((Number) bar.get(2)).doubleValue(),
                    makespanMs / ReportData.TICKS,
                    "start of " + bar.get(0));
            assertEquals(
                    slot.finishS() * 1e3,
                    ((Number) bar.get(3)).doubleValue(),
                    makespanMs / ReportData.TICKS,
                    "finish of " + bar.get(0));
        }
        List<WebElement> rows = browser.findElements(By.cssSelector("#mapping tbody tr"));
        assertEquals(layers, rows.size());
        for (int l = 0; l < layers; l++) {
            assertEquals(
                    h2h.layers().get(l),
                    rows.get(l).findElement(By.cssSelector("td:nth-child(1)")).getText());
            assertEquals(
                    h2h.accelerators().get(h2h.pareto().getFirst().mapping()[l]),
                    rows.get(l).findElement(By.cssSelector("td:nth-child(3)")).getText());
        }
        new Actions(browser)
                .scrollToElement(browser.findElement(By.tagName("header")))
                .perform();
        script("window.scrollTo(0, 0)");
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOT) > 50_000, "the screenshot should show a drawn page");
    }

    /**
     * The page's comparison table is the one aggregation of {@link Comparison}: every figure as the Java class computes it
     * from runs.csv, over all jobs and under a seed filter (which keeps H2H and the baseline, deterministic, recorded as seed 0).
     */
    @Test
    void comparisonTableAgreesWithTheJavaAggregation() {
        RunsTable table = RunsTable.read(out.resolve(RunsCsv.FILE));
        assertTableIs(Comparison.of(table));
        choose("seed", "1");
        assertTableIs(Comparison.of(table.runs().stream()
                .filter(r -> r.cells().get("seed").equals("1") || Comparison.deterministic(r.solver()))
                .toList()));
        choose("seed", "");
    }

    private static void assertTableIs(Comparison expected) {
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) script("""
                return Array.from(document.querySelectorAll('#comparison tbody tr'))
                    .map(tr => Array.from(tr.cells).map(c => c.textContent))""");
        assertEquals(expected.rows().size(), rows.size(), rows.toString());
        for (Comparison.Row row : expected.rows()) {
            List<String> shown = rows.stream()
                    .filter(r -> r.getFirst().equals(row.solver()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(row.solver() + " not in " + rows));
            double[] figures = {
                row.points(),
                row.latencyVsH2hGeomean(),
                row.latencyVsH2hMin(),
                row.latencyVsH2hMax(),
                row.energyVsH2hGeomean(),
                row.seeds(),
                row.latencyVsH2hBestSeedGeomean(),
                row.latencyVsH2hWorstSeedGeomean(),
                row.wins(),
                row.latencyVsH2hCommonGeomean(),
                row.latencyVsBoundGeomean(),
                row.solverTimeSMedian()
            };
            for (int i = 0; i < figures.length; i++) {
                // The page shows four significant digits of figures it holds to six.
                assertEquals(
                        figures[i],
                        Double.parseDouble(shown.get(i + 1)),
                        Math.abs(figures[i]) * 1e-3,
                        row.solver() + ", column " + (i + 1) + ": " + shown);
            }
        }
        assertTrue(
                ((String) script("return document.getElementById('comparison-note').textContent"))
                        .startsWith(expected.points() + " points (model × system point × budget) match the filters; "
                                + expected.pointsCommon() + " of them are common"),
                "the note counts the points");
    }

    /**
     * A dse solve folder's report is titled for its problem, and shows H2H's point (from the job's ratios to it)
     * though H2H was not one of its jobs.
     */
    @Test
    void aSolveReportIsTitledForItsProblemAndShowsH2hsPoint() throws IOException {
        Path solve = temp.resolve("solve");
        int code = io.h2hdse.cli.Dse.run(
                new String[] {
                    "solve",
                    "--model",
                    SweepFixtures.CONFIGS
                            .resolve("sweeps/models/mmmt-tiny.yaml")
                            .toString(),
                    "--system",
                    "h2h-fpga4-medium",
                    "--configs",
                    SweepFixtures.CONFIGS.toString(),
                    "--solver",
                    "random",
                    "--budget-evals",
                    "200",
                    "--out",
                    solve.toString(),
                    "--no-progress"
                },
                new java.io.PrintWriter(new java.io.StringWriter(), true),
                new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertEquals(0, code);
        Map<String, String> row =
                SweepFixtures.records(solve.resolve("runs.csv")).getFirst();
        try {
            browser.get(solve.resolve("report.html").toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> script("return window.dseReport !== undefined"));
            drawn();
            assertEquals("Solve:", script("return document.getElementById('page-kind').textContent"));
            assertTrue(((String) script("return document.getElementById('sweep-name').textContent"))
                    .endsWith("with random"));
            @SuppressWarnings("unchecked")
            List<Number> h2h = (List<Number>) script("""
                    return echarts.getInstanceByDom(document.getElementById('pareto')).getOption().series
                        .find(s => s.id === 'h2h-reference').data[0]""");
            // The page holds figures to six significant digits.
            double latencyMs =
                    Double.parseDouble(row.get("latency_s")) / Double.parseDouble(row.get("latency_vs_h2h")) * 1e3;
            assertEquals(latencyMs, h2h.get(0).doubleValue(), latencyMs * 1e-5);
        } finally {
            browser.get(ReportPage.write(out).toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> script("return window.dseReport !== undefined"));
            drawn();
        }
    }

    /** The paired test's p-values are scipy.stats.wilcoxon's on the same differences. */
    @Test
    void wilcoxonPValuesAreScipys() {
        // n = 8, no ties: W- = 1 + 3 = 4; exact p = 2 * 7 / 256 (the 7 sign patterns of ranks 1..8 summing to at most
        // 4),
        // which scipy.stats.wilcoxon gives too.
        assertEquals(0.0546875, pValue("[0.12, -0.05, 0.31, 0.08, 0.22, -0.11, 0.4, 0.17]"), 1e-12);
        // Ties: the normal approximation with the tie correction, scipy.stats.wilcoxon(d, method='approx').pvalue.
        assertEquals(
                0.020366351877059468,
                pValue("[0.1, -0.1, 0.2, 0.3, 0.3, -0.05, 0.4, 0.15, 0.2, 0.25, 0.35, -0.2]"),
                1e-6);
    }

    private static double pValue(String differences) {
        return ((Number) script("return window.dseReport.wilcoxon(" + differences + ").p")).doubleValue();
    }

    /** At τ = 1 the performance profile is each solver's share of wins over the common points, as Comparison counts them. */
    @Test
    void performanceProfileStartsAtEachSolversShareOfWins() {
        Comparison expected = Comparison.of(RunsTable.read(out.resolve(RunsCsv.FILE)));
        for (Comparison.Row row : expected.rows()) {
            assertEquals(
                    (double) row.wins() / row.pointsCommon(),
                    ((Number) script(
                                    "const r = window.dseReport.profile().ratios[arguments[0]]; return r.filter(v => v <= 1).length / r.length",
                                    row.solver()))
                            .doubleValue(),
                    1e-12,
                    row.solver());
        }
    }

    private static List<JobRecord> jobsAt(String bandwidth, String solver) {
        ResultsFolder folder = ResultsFolder.read(out);
        JobFiles files = new JobFiles(out);
        return folder.runs().stream()
                .filter(r -> r.point().get(2).equals(bandwidth) && r.solver().equals(solver))
                .map(r -> files.read(r.jobId()))
                .toList();
    }

    private static void choose(String column, String value) {
        new Select(browser.findElement(By.id("filter-" + column))).selectByValue(value);
        drawn();
    }

    /** Waits until the page has drawn every chart for its filters. */
    private static void drawn() {
        browser.executeAsyncScript("window.dseReport.drawn().then(arguments[arguments.length - 1])");
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static long number(String code) {
        return ((Number) script(code)).longValue();
    }
}
