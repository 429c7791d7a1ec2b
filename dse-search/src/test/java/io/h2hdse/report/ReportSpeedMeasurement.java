package io.h2hdse.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast report pages open and follow a filter in headless Chromium: a measurement, not a test (its
 * name is outside Surefire's default includes, so {@code mvn verify} never runs it; README, "Results and
 * the report", gives the command). For each of {@code -Dreport.pages=A.html,B.html} it opens the page in a
 * fresh tab {@code -Dreport.runs} times (default 7), the pages taking turns, and reports medians, minima
 * and maxima of
 * <ul>
 *   <li>{@code open}: navigation start until the first frame after the page has drawn every table and chart
 *       (a script added to the page before it loads waits for DOMContentLoaded, then for the page's
 *       {@code dseReport.drawn()} where it has one: a page without it draws synchronously, before DOMContentLoaded);
 *   <li>{@code open, in view}: until the first frame after the charts in the window are drawn (the page's
 *       {@code dseReport.drawn('view')}; a page without it: {@code open});
 *   <li>{@code filter <column>}: from setting the filter to a value to the first frame after every chart
 *       following it has redrawn (per column of {@code -Dreport.filters}, default model, system and each grid
 *       parameter where they take several values, and solver; the value is the middle one of the list), and
 *       {@code filter <column>, in view} to the first frame after those in the window have;
 *   <li>the page's own {@code reportTimings.phases}, where it has them: what each part of the first drawing took.
 * </ul>
 * and, with two pages, the median over runs of the second page's time divided by the first's.
 */
@Tag("speed")
class ReportSpeedMeasurement {
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(120);

    /** Added to the page before it loads: notes when the first frames after drawing the charts in view and all were shown. */
    private static final String WATCH = """
            window.addEventListener('DOMContentLoaded', () => {
              const drawn = what => window.dseReport && window.dseReport.drawn ? window.dseReport.drawn(what) : Promise.resolve();
              const shown = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
              drawn('view').then(shown).then(t => { window.inViewAt = t; });
              drawn().then(shown).then(t => { window.openedAt = t; });
            });""";

    /** Waits for the notes of {@link #WATCH}; returns them and the page's own timings. */
    private static final String OPENED = """
            const done = arguments[arguments.length - 1];
            const check = () => {
              if (window.openedAt === undefined || window.inViewAt === undefined) return setTimeout(check, 10);
              const t = window.reportTimings;
              const paint = performance.getEntriesByName('first-contentful-paint')[0];
              done({open: window.openedAt, inView: window.inViewAt,
                    firstPaint: paint ? paint.startTime : null, phases: t && t.phases ? t.phases : {}});
            };
            check();""";

    /** Sets filter arguments[0] to arguments[1]; the times until the first frames after the redraw, in view and of all. */
    private static final String FILTER = """
            const select = document.getElementById('filter-' + arguments[0]);
            const done = arguments[arguments.length - 1];
            const drawn = what => window.dseReport && window.dseReport.drawn ? window.dseReport.drawn(what) : Promise.resolve();
            const shown = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start))));
            const start = performance.now();
            select.value = arguments[1];
            select.dispatchEvent(new Event('change'));
            Promise.all([drawn('view').then(shown), drawn().then(shown)]).then(t => done({inView: t[0], all: t[1]}));""";

    /** The filters measured by default: the point columns that take several values, and the solver. */
    private static final String DEFAULT_FILTERS = """
            return Array.from(document.querySelectorAll('#filters select'))
              .filter(s => s.options.length > 2 && s.dataset.column !== 'seed').map(s => s.dataset.column);""";

    @Test
    void measure() throws IOException {
        String pages = System.getProperty("report.pages", "");
        Assumptions.assumeFalse(
                pages.isBlank(), "a measurement: name the pages with -Dreport.pages=A.html,B.html (README)");
        Assumptions.assumeTrue(HeadlessChromium.available(), HeadlessChromium.MISSING);
        List<Path> files = Arrays.stream(pages.split(","))
                .map(p -> Path.of(p.trim()).toAbsolutePath())
                .toList();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("-Dreport.pages: no file " + file);
            }
        }
        int runs = Integer.parseInt(System.getProperty("report.runs", "7"));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        List<Map<String, List<Double>>> times = new ArrayList<>();
        files.forEach(f -> times.add(new LinkedHashMap<>()));
        ChromeDriver browser = HeadlessChromium.start(1400, 900);
        try {
            browser.manage().timeouts().scriptTimeout(PAGE_TIMEOUT);
            for (int run = 0; run < runs; run++) {
                for (int k = 0; k < files.size(); k++) {
                    int page = run % 2 == 0 ? k : files.size() - 1 - k;
                    visit(browser, files.get(page), times.get(page));
                }
            }
        } finally {
            browser.quit();
        }
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        System.out.printf(Locale.ROOT, "%nReport speed, %d runs per page, headless Chromium 1400x900%n", runs);
        System.out.println("load average before: " + loadBefore + "; after: " + loadAfter);
        for (int page = 0; page < files.size(); page++) {
            System.out.printf(
                    Locale.ROOT,
                    "%npage %d: %s (%.2f MB)%n",
                    page + 1,
                    files.get(page),
                    Files.size(files.get(page)) / 1e6);
            System.out.printf(Locale.ROOT, "  %-32s %9s %9s %9s%n", "ms", "median", "min", "max");
            times.get(page)
                    .forEach((name, values) -> System.out.printf(
                            Locale.ROOT,
                            "  %-32s %9.0f %9.0f %9.0f%n",
                            name,
                            median(values),
                            min(values),
                            max(values)));
        }
        if (files.size() == 2) {
            System.out.printf("%npage 2 ÷ page 1, median over runs of the ratio of the two pages' times in one run%n");
            times.get(1).forEach((name, second) -> {
                List<Double> first = times.get(0).get(name);
                if (first != null) {
                    List<Double> ratios = new ArrayList<>();
                    for (int run = 0; run < Math.min(first.size(), second.size()); run++) {
                        ratios.add(second.get(run) / first.get(run));
                    }
                    System.out.printf(Locale.ROOT, "  %-32s %9.2f%n", name, median(ratios));
                }
            });
        }
    }

    private static void visit(ChromeDriver browser, Path file, Map<String, List<Double>> times) {
        String previous = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        String fresh = browser.getWindowHandle();
        browser.switchTo().window(previous).close();
        browser.switchTo().window(fresh);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
        browser.get(file.toUri().toString());
        Map<?, ?> opened = (Map<?, ?>) script(browser, OPENED);
        record(times, "open", opened.get("open"));
        record(times, "open, in view", opened.get("inView"));
        record(times, "first paint", opened.get("firstPaint"));
        ((Map<?, ?>) opened.get("phases")).forEach((phase, ms) -> record(times, "  open: " + phase, ms));
        @SuppressWarnings("unchecked")
        List<String> filters = System.getProperty("report.filters") != null
                ? List.of(System.getProperty("report.filters").split(","))
                : (List<String>) ((JavascriptExecutor) browser).executeScript(DEFAULT_FILTERS);
        for (String column : filters) {
            String value = (String) ((JavascriptExecutor) browser)
                    .executeScript(
                            "const o = document.getElementById('filter-' + arguments[0]).options;"
                                    + " return o[1 + Math.floor((o.length - 1) / 2)].value;",
                            column);
            Map<?, ?> filtered = (Map<?, ?>) script(browser, FILTER, column, value);
            record(times, "filter " + column, filtered.get("all"));
            record(times, "filter " + column + ", in view", filtered.get("inView"));
            script(browser, FILTER, column, "");
        }
    }

    private static Object script(ChromeDriver browser, String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeAsyncScript(code, arguments);
    }

    private static void record(Map<String, List<Double>> times, String name, Object ms) {
        if (ms instanceof Number n) {
            times.computeIfAbsent(name, k -> new ArrayList<>()).add(n.doubleValue());
        }
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
