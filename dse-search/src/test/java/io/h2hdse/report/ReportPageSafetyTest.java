package io.h2hdse.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.h2hdse.sweep.HostileNames;
import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page of a sweep whose every name is hostile, read as text: no name appears as markup, the data
 * block reads back to the names as given, and the policy lets no handler run. The browser test opens it.
 */
class ReportPageSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA_START = "<script id=\"report-data\" type=\"application/json\">";

    @TempDir
    static Path temp;

    static String html;

    @BeforeAll
    static void report() throws IOException {
        Path out = temp.resolve("hostile");
        SweepFixtures.run(HostileNames.spec(temp), out, 2);
        html = Files.readString(ReportPage.write(out));
    }

    @Test
    void noNameAppearsAsMarkup() throws IOException {
        String ours;
        try (var echarts = ReportPage.class.getClassLoader().getResourceAsStream(ReportPage.ECHARTS)) {
            ours = html.replace(new String(echarts.readAllBytes(), StandardCharsets.UTF_8), "");
        }
        assertTrue(ours.length() < html.length() / 2, "ECharts is inlined as it is");
        for (String markup : List.of("<img", "<svg", "<i ", "<b ", "<!--", "</script><script>window")) {
            assertFalse(ours.contains(markup), markup + " is in the page");
        }
        // Every element the page opens with "<script" is closed once, by its own "</script>".
        assertEquals(count(html, "<script"), count(html, "</script>"));
        assertEquals(count(html, "<script"), count(html, "<script>") + count(html, "<script id="));
    }

    @Test
    void theDataReadsBackToTheNamesAsGiven() throws IOException {
        int at = html.indexOf(DATA_START) + DATA_START.length();
        String block = html.substring(at, html.indexOf("</script>", at));
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, block.indexOf(c), "the data block holds '" + c + "' unescaped");
        }
        JsonNode data = JSON.readTree(block);
        assertEquals(HostileNames.LAYERS, strings(data.at("/layerSets/0/names")));
        assertEquals(
                List.of(
                        HostileNames.BRANCHES.get(0),
                        HostileNames.BRANCHES.get(0),
                        HostileNames.BRANCHES.get(0),
                        HostileNames.BRANCHES.get(1),
                        HostileNames.BRANCHES.get(1),
                        HostileNames.BRANCHES.get(1),
                        "",
                        ""),
                strings(data.at("/layerSets/0/branches")));
        Set<List<String>> mixes = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        data.get("acceleratorSets").forEach(set -> mixes.add(strings(set)));
        assertEquals(
                Set.of(
                        HostileNames.ACCELERATORS,
                        List.of(HostileNames.ACCELERATORS.get(0), HostileNames.ACCELERATORS.get(3))),
                Set.copyOf(mixes));
        List<String> columns = strings(data.get("pointColumns"));
        JsonNode cells = data.at("/points/0/cells");
        assertEquals(HostileNames.MODEL, cells.get(columns.indexOf("model")).asText());
        assertEquals(HostileNames.SYSTEM, cells.get(columns.indexOf("system")).asText());
    }

    @Test
    void thePolicyLetsOnlyHashedScriptsRun() {
        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
                .matcher(html);
        assertTrue(policy.find(), "the page has a Content-Security-Policy");
        assertTrue(policy.start() < html.indexOf("<script"), "the policy comes before the first script");
        Map<String, String> directives = new java.util.LinkedHashMap<>();
        for (String directive : policy.group(1).split(";")) {
            String[] words = directive.trim().split(" ", 2);
            directives.put(words[0], words.length > 1 ? words[1] : "");
        }
        assertEquals("'none'", directives.get("default-src"));
        List<String> sources = List.of(directives.get("script-src").split(" "));
        assertEquals(count(html, "<script>"), sources.size(), "one hash per executable script");
        assertTrue(sources.stream().allMatch(s -> s.matches("'sha256-[A-Za-z0-9+/]{43}='")), sources.toString());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
