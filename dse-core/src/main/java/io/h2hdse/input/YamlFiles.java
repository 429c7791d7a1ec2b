package io.h2hdse.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML document into a {@link YamlMap}. A missing file, a syntax error (with its line), a
 * repeated key, an anchor or alias, or a line longer than {@link #MAX_LINE_CHARS} is an
 * {@link InvalidInputException} that names the file.
 */
public final class YamlFiles {
    private static final Pattern PROBLEM_MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final ObjectMapper MAPPER =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * The longest line read. The YAML parser's time grows faster than linearly in a line's length (an
     * 8 MB line took 41 s), so longer lines are refused before it sees them; no file we write comes near.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    private YamlFiles() {}

    public static YamlMap read(Path file) {
        return parse(TextFiles.read(file, "YAML file"), file.toString());
    }

    /** Parses {@code text}; {@code fileName} names it in errors. */
    public static YamlMap parse(String text, String fileName) {
        JsonNode root;
        try {
            refuseLongLines(text);
            root = MAPPER.readTree(text);
            refuseAnchorsAndAliases(text);
        } catch (JacksonException e) {
            throw syntaxError(e).in(fileName);
        } catch (InvalidInputException e) {
            throw e.in(fileName);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new InvalidInputException(fileName, "the file is empty");
        }
        try {
            return YamlMap.of(root, "");
        } catch (InvalidInputException e) {
            throw e.in(fileName);
        }
    }

    private static void refuseLongLines(String text) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new InvalidInputException(
                            "line " + line,
                            "is " + (i - start) + " characters long; lines are limited to " + MAX_LINE_CHARS);
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * Jackson reads an alias ({@code *c1}) as the text {@code c1}, silently rewiring what it names, and
     * resolving aliases would open the door to exponential documents: both anchors and aliases are
     * refused where they stand. Jackson does not report an anchor on a scalar, so the parser's own
     * events are read.
     */
    private static void refuseAnchorsAndAliases(String text) {
        try {
            for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    String what = event instanceof AliasEvent ? "alias '*" : "anchor '&";
                    throw new InvalidInputException(
                            place(event.getStartMark()),
                            "YAML " + what + node.getAnchor()
                                    + "' is not supported (no anchors or aliases: write the value out)");
                }
            }
        } catch (MarkedYAMLException e) {
            // what Jackson leaves unread, such as a second document
            throw new InvalidInputException(
                    e.getProblemMark() == null ? "" : place(e.getProblemMark()), "malformed YAML: " + e.getProblem());
        }
    }

    private static String place(Mark at) {
        return "line " + (at.getLine() + 1) + ", column " + (at.getColumn() + 1);
    }

    /**
     * One line from the YAML parser's multi-line report. Its sentences are the lines that are not
     * indented source excerpts; each is followed by the position it refers to. The last position is
     * the problem's and becomes the error's place; earlier ones (where an unclosed bracket opened)
     * stay in the sentence. Jackson's own location, which can lag behind, is the fallback.
     */
    private static InvalidInputException syntaxError(JacksonException e) {
        List<String> sentences = new ArrayList<>();
        String where = "";
        for (String line : e.getOriginalMessage().lines().toList()) {
            Matcher mark = PROBLEM_MARK.matcher(line);
            if (line.startsWith(" in ") && mark.find()) {
                int previous = sentences.size() - 2;
                if (!where.isEmpty() && previous >= 0) {
                    sentences.set(previous, sentences.get(previous) + " (" + where + ")");
                }
                where = "line " + mark.group(1) + ", column " + mark.group(2);
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                sentences.add(line);
            }
        }
        JsonLocation at = e.getLocation();
        if (where.isEmpty() && at != null && at.getLineNr() > 0) {
            where = "line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
        String reason = sentences.isEmpty() ? "unreadable" : String.join("; ", sentences);
        return new InvalidInputException(where, "malformed YAML: " + reason);
    }
}
