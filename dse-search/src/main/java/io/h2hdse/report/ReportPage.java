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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * {@code report.html}: one self-contained page (styles, Apache ECharts from its WebJar, the page's
 * script and the results as JSON, all inline) that opens offline from disk.
 */
public final class ReportPage {
    public static final String FILE = "report.html";
    /** Where the template takes a part: {@code {{name}}}, each filled once, in one pass over the template only. */
    private static final Pattern MARKER = Pattern.compile("\\{\\{(title|style|echarts|data|points|script)}}");

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
                "title", escapeHtml(title),
                "style", resource("io/h2hdse/report/report.css"),
                "echarts", resource(ECHARTS).replace("</script", "<\\/script"),
                "data", json(summary),
                "points", blocks.toString(),
                "script", resource("io/h2hdse/report/report.js"));
        Matcher marker = MARKER.matcher(resource("io/h2hdse/report/report.html"));
        StringBuilder page = new StringBuilder();
        while (marker.find()) {
            marker.appendReplacement(page, Matcher.quoteReplacement(parts.get(marker.group(1))));
        }
        return marker.appendTail(page).toString();
    }

    private static String json(Object value) {
        try {
            // Inside <script>, "</script" would close the element: JSON and JavaScript both read "<\/" as "</".
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report data does not serialise", e);
        }
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

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
