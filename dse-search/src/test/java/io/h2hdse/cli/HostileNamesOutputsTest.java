package io.h2hdse.cli;

import io.h2hdse.sweep.HostileNames;
import io.h2hdse.sweep.SweepFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** summary.md and the plots of a sweep whose every name is hostile ({@link HostileNames}): names stay text. */
class HostileNamesOutputsTest {
    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void sweepAndPlot() throws IOException {
        out = dir.resolve("hostile");
        SweepFixtures.run(HostileNames.spec(dir), out, 2);
        StringWriter err = new StringWriter();
        int code = Dse.run(
                new String[] {"plot", out.toString(), "--all"},
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(Dse.EXIT_OK, code, err.toString());
    }

    @Test
    void summaryRowsKeepTheirCellsAndShowNoMarkup() throws IOException {
        // The first table of summary.md: its header, rule, and one row per (model, system point),
        // 2 bandwidths × 2 accelerator mixes.
        List<String> table = Files.readAllLines(out.resolve("summary.md")).stream()
                .dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|"))
                .toList();
        assertEquals(2 + 4, table.size(), String.join("\n", table));
        int columns = cells(table.getFirst()).size();
        for (String row : table) {
            assertEquals(columns, cells(row).size(), row);
        }
        List<String> first = cells(table.get(2));
        assertEquals(unescaped(first.get(0)), HostileNames.MODEL);
        assertEquals(unescaped(first.get(1)), HostileNames.SYSTEM);
        Set<String> mixes = Set.of(
                String.join("+", HostileNames.ACCELERATORS),
                HostileNames.ACCELERATORS.get(0) + "+" + HostileNames.ACCELERATORS.get(3));
        for (String row : table.subList(2, table.size())) {
            List<String> cells = cells(row);
            assertTrue(cells.stream().map(HostileNamesOutputsTest::unescaped).anyMatch(mixes::contains), row);
            assertFalse(row.replace("<br>", "").matches(".*<[a-zA-Z/!].*"), row);
        }
    }

    @Test
    void everyPlotIsWellFormedSvgWithoutMarkupFromNames() throws Exception {
        List<Path> svgs;
        try (Stream<Path> files = Files.list(out.resolve("plots"))) {
            svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
        }
        // Per point a Pareto front and a Gantt chart, per accelerator mix one overview.
        assertEquals(4 * 2 + 2, svgs.size(), svgs.toString());
        StringBuilder texts = new StringBuilder();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : svgs) {
            Document document = factory.newDocumentBuilder().parse(svg.toFile());
            NodeList elements = document.getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                assertFalse(
                        Set.of("img", "b", "i", "script", "foreignObject").contains(element.getTagName()),
                        svg + ": " + element.getTagName());
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    assertFalse(
                            attributes
                                    .item(a)
                                    .getNodeName()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .startsWith("on"),
                            svg + ": " + attributes.item(a));
                }
            }
            texts.append(document.getDocumentElement().getTextContent()).append('\n');
        }
        // XChart draws text as glyph outlines: a name reaches the file as shapes, never as markup or text.
        assertFalse(texts.toString().contains("window.injected"), "a name in the SVGs' text");
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            for (String name : List.of(HostileNames.SVG, HostileNames.COMMENT, HostileNames.CLOSE_SCRIPT, "injected")) {
                assertFalse(text.contains(name), svg + " holds " + name);
            }
            Path png = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"));
            assertTrue(Files.size(png) > 1000, png + " is drawn");
        }
    }

    /** A Markdown table row's cells, split at bars that are not escaped. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** A cell's text as a Markdown reader shows it. */
    private static String unescaped(String cell) {
        return cell.replace("<br>", "\n")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replace("\\|", "|")
                .replace("\\\\", "\\");
    }
}
