package io.h2hdse.report;

import io.h2hdse.sweep.HostileNames;
import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of a sweep whose every name is hostile ({@link HostileNames}: markup with handlers that would set
 * {@code window.injected}, {@code </script>}, {@code <!--<script>}, quotes, a newline, 330 characters), opened in
 * headless Chromium and used: every tooltip of the Pareto front, the Gantt chart, the parameter charts and the
 * traces shown, a Pareto point clicked. Nothing injected runs or becomes an element, every chart draws, the names
 * are shown as the text they are, and the page's policy stops an inline handler that the test itself plants.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportHostileNamesBrowserTest {
    /** Elements a name could have become. */
    private static final String INJECTED_ELEMENTS =
            "img, svg, i, b[onmouseover], [onerror], [onload], [onclick], [onmouseover]";

    @TempDir
    static Path temp;

    static ChromeDriver browser;

    @BeforeAll
    static void openReport() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        Path out = temp.resolve("hostile");
        SweepFixtures.run(HostileNames.spec(temp), out, 2);
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
    @Order(1)
    void everyChartDrawsAndShowsTheNamesAsText() {
        assertEquals("hostile · h2h-dse report", browser.getTitle());
        List<String> models = options("model");
        assertEquals(List.of("all (1)", HostileNames.MODEL), models);
        assertEquals(List.of("all (1)", HostileNames.SYSTEM), options("system"));
        assertEquals(
                Set.of(
                        "all (2)",
                        HostileNames.ACCELERATORS.get(0) + "+" + HostileNames.ACCELERATORS.get(3),
                        String.join("+", HostileNames.ACCELERATORS)),
                Set.copyOf(options("accelerators")));
        assertTrue(((String) script("return document.getElementById('pareto-point').textContent"))
                .contains(HostileNames.MODEL));
        for (String id : List.of(
                "pareto",
                "param-link_bandwidth_gbps-latency",
                "param-accelerators-latency",
                "param-accelerators-energy",
                "trace-evals",
                "trace-time")) {
            assertTrue(
                    number(
                                    "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series"
                                            + ".reduce((n, s) => n + s.data.length, 0)",
                                    id)
                            > 0,
                    id + " draws");
        }
        // The accelerator mixes are a category axis: ECharts' own axis tooltip shows them.
        showEveryTooltip("param-accelerators-latency");
        String tip = text("param-accelerators-latency");
        assertTrue(tip.contains(HostileNames.ACCELERATORS.get(0) + "+"), tip);
        showEveryTooltip("trace-evals");
        showEveryTooltip("pareto");
        nothingInjected();
    }

    @Test
    @Order(2)
    void theGanttTooltipsShowLayerBranchAndAcceleratorNamesAsText() {
        choose("accelerators", String.join("+", HostileNames.ACCELERATORS));
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
        // The mouse hovers the point (its tooltip shows) and clicks it.
        new Actions(browser)
                .moveToElement(pareto, dx, dy)
                .pause(Duration.ofMillis(300))
                .click()
                .perform();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> script("return window.dseReport.detail() !== null"));
        assertTrue(text("pareto").contains("h2h"), "the hovered point's tooltip shows");

        assertEquals((long) HostileNames.LAYERS.size(), number("""
                return echarts.getInstanceByDom(document.getElementById('gantt')).getOption().series
                    .filter(s => s.id.startsWith('layer-')).reduce((n, s) => n + s.data.length, 0)"""));
        StringBuilder tips = new StringBuilder();
        for (String layer : HostileNames.LAYERS) {
            tips.append(showTooltipOf(layer)).append('\n');
        }
        String shown = tips.toString();
        for (String name : HostileNames.LAYERS) {
            assertTrue(shown.contains(name), "a Gantt tooltip shows " + name);
        }
        assertTrue(shown.contains(HostileNames.BRANCHES.get(0)) && shown.contains(HostileNames.BRANCHES.get(1)), shown);
        assertTrue(HostileNames.ACCELERATORS.stream().allMatch(shown::contains), shown);
        showEveryTooltip("gantt");
        List<String> cells = browser.findElements(By.cssSelector("#mapping tbody td:first-child")).stream()
                .map(e -> (String) script("return arguments[0].textContent", e))
                .toList();
        assertEquals(HostileNames.LAYERS, cells);
        nothingInjected();
    }

    @Test
    @Order(3)
    void thePolicyStopsAnInlineHandler() {
        script("""
                window.violations = [];
                document.addEventListener('securitypolicyviolation', e => window.violations.push(e.violatedDirective));
                const img = document.createElement('img');
                img.setAttribute('onerror', "window.injected = 'planted'");
                img.src = 'x';
                document.body.appendChild(img);""");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> number("return window.violations.length") >= 2);
        assertEquals(
                List.of("img-src", "script-src-attr"),
                script("return Array.from(new Set(window.violations)).sort()"),
                "the image's load and its handler are refused");
        assertEquals(null, script("return window.injected === undefined ? null : window.injected"));
        script("document.querySelectorAll('img').forEach(i => i.remove())");
    }

    /** No handler ran, no name became an element, and the console has no error or warning (a refused handler would log one). */
    private static void nothingInjected() {
        assertEquals(null, script("return window.injected === undefined ? null : window.injected"));
        assertEquals("hostile · h2h-dse report", browser.getTitle());
        assertEquals(
                List.of(),
                script(
                        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.outerHTML)",
                        INJECTED_ELEMENTS));
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
    }

    /** Shows the tooltip of every data item of every series of chart {@code id}, one after the other. */
    private static void showEveryTooltip(String id) {
        long shown = number("""
                const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                let n = 0;
                c.getOption().series.forEach((s, i) => s.data.forEach((d, k) => {
                  c.dispatchAction({ type: 'showTip', seriesIndex: i, dataIndex: k });
                  n++;
                }));
                return n;""", id);
        assertTrue(shown > 0, id + " has items to hover");
    }

    /** Shows the Gantt tooltip of the bar of layer {@code name}; returns the tooltip's text. */
    private static String showTooltipOf(String name) {
        return (String) script("""
                const c = echarts.getInstanceByDom(document.getElementById('gantt'));
                const series = c.getOption().series;
                for (let i = 0; i < series.length; i++) {
                  const k = series[i].data.findIndex(d => d[3] === arguments[0] && series[i].id.startsWith('layer-'));
                  if (k >= 0) c.dispatchAction({ type: 'showTip', seriesIndex: i, dataIndex: k });
                }
                return document.getElementById('gantt').textContent;""", name);
    }

    private static List<String> options(String column) {
        return new Select(browser.findElement(By.id("filter-" + column)))
                .getOptions().stream()
                        .map(o -> (String) script("return arguments[0].textContent", o))
                        .toList();
    }

    private static String text(String id) {
        return (String) script("return document.getElementById(arguments[0]).textContent", id);
    }

    private static void choose(String column, String value) {
        new Select(browser.findElement(By.id("filter-" + column))).selectByValue(value);
        drawn();
    }

    private static void drawn() {
        browser.executeAsyncScript("window.dseReport.drawn().then(arguments[arguments.length - 1])");
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static long number(String code, Object... arguments) {
        return ((Number) script(code, arguments)).longValue();
    }
}
