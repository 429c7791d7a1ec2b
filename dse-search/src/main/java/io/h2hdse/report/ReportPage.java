package io.h2hdse.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.output.OutputFile;
import io.h2hdse.sweep.ResultsLock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code report.html}: one self-contained page (styles, Apache ECharts from its WebJar, the page's
 * script and the results as JSON, all inline) that opens offline from disk.
 *
 * <p>Names in the results (models, layers, branches, accelerators, systems, the sweep's, grid values)
 * come from files people download and share: they are data, never markup. The title is HTML-escaped;
 * the embedded JSON has every {@code <}, {@code >} and {@code &} written as a JSON escape, so that no
 * name can close the data block or comment it out; the page's script shows names as text only; and a
 * Content-Security-Policy lets only the page's own inline scripts run (named by their SHA-256), so no
 * inline event handler and no injected script would run even if markup slipped through.
 */
public final class ReportPage {
    public static final String FILE = "report.html";
    /** Where the template takes a part: {@code {{name}}}, each filled once, in one pass over the template only. */
    private static final Pattern MARKER = Pattern.compile("\\{\\{(csp|title|style|echarts|data|points|script)}}");
    /** How the template opens each of its executable inline scripts (its data blocks have attributes). */
    private static final String SCRIPT_OPEN = "<script>";

    private static final String SCRIPT_CLOSE = "</script>";

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private ReportPage() {}

    /** Writes {@code DIR/report.html} from the results folder ({@link OutputFile}: a reader never sees half a page), holding the folder's lock. */
    @SuppressWarnings("try") // the lock is held for the try's extent, never read
    public static Path write(Path directory) {
        try (ResultsLock lock = ResultsFolder.lock(directory)) {
            ResultsFolder folder = ResultsFolder.read(directory);
            ReportData data = ReportData.of(folder);
            String page = html(data.summary(), data.points(), folder.name());
            Path file = directory.resolve(FILE);
            OutputFile.writeString(file, page);
            return file;
        }
    }

    /**
     * The page with {@code summary} as the data it reads at opening and each of {@code points} in an element
     * {@code point-P} of its own, as gzipped JSON in base64, which the page unpacks only when it shows point P
     * (a browser reads the whole page's text before it shows it: packed, that text is a fifth as long).
     */
    static String html(Object summary, List<?> points, String title) {
        StringBuilder blocks = new StringBuilder();
        for (int p = 0; p < points.size(); p++) {
            blocks.append("<script id=\"point-")
                    .append(p)
                    .append("\" type=\"application/gzip\">")
                    .append(packed(points.get(p)))
                    .append("</script>\n");
        }
        Map<String, String> parts = Map.of(
                "csp", "",
                "title", escapeHtml(title),
                "style", resource("io/h2hdse/report/report.css"),
                "echarts", resource(ECHARTS).replace("</script", "<\\/script"),
                "data", json(summary),
                "points", blocks.toString(),
                "script", resource("io/h2hdse/report/report.js"));
        Matcher marker = MARKER.matcher(resource("io/h2hdse/report/report.html"));
        StringBuilder page = new StringBuilder();
        int policyAt = -1;
        while (marker.find()) {
            marker.appendReplacement(page, Matcher.quoteReplacement(parts.get(marker.group(1))));
            policyAt = marker.group(1).equals("csp") ? page.length() : policyAt;
        }
        marker.appendTail(page);
        // The policy names the scripts' hashes, so it goes in last, at the place the first pass noted (a second
        // search for its marker could find one that a name in the data spells).
        return page.insert(policyAt, contentSecurityPolicy(page.toString())).toString();
    }

    /**
     * Only the page's own inline scripts run, each named by its SHA-256 (no inline event handler, no injected
     * script, no eval); styles may be inline, as the page and ECharts' tooltips set them; nothing is loaded.
     */
    static String contentSecurityPolicy(String page) {
        StringBuilder scripts = new StringBuilder();
        for (int open = page.indexOf(SCRIPT_OPEN); open >= 0; open = page.indexOf(SCRIPT_OPEN, open + 1)) {
            int start = open + SCRIPT_OPEN.length();
            scripts.append(" 'sha256-")
                    .append(sha256(page.substring(start, page.indexOf(SCRIPT_CLOSE, start))))
                    .append('\'');
        }
        return "default-src 'none'; script-src" + scripts
                + "; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * As JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} as JSON escapes,
     * so that no "</script" closes the element and no "<!--" changes how the HTML parser reads it, and U+2028 and
     * U+2029, which older JavaScript parsers take for line ends. Each can stand only inside a JSON string, where
     * its escape means the same character.
     */
    static String json(Object value) {
        String text;
        try {
            text = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report data does not serialise", e);
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    /** As gzipped JSON in base64 (which has no "<" to escape). */
    static String packed(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream zipped = new GZIPOutputStream(bytes)) {
            JSON.writeValue(zipped, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String resource(String name) {
        try (InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        name + " is missing from the classpath (the echarts WebJar is a runtime dependency)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as HTML text or attribute value. */
    static String escapeHtml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
