package io.h2hdse.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML document into a {@link YamlMap}. A missing file, a syntax error (with its line) or a
 * repeated key is an {@link InvalidInputException} that names the file.
 */
public final class YamlFiles {
    private static final Pattern PROBLEM_MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final ObjectMapper MAPPER =
            new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFiles() {}

    public static YamlMap read(Path file) {
        return parse(TextFiles.read(file, "YAML file"), file.toString());
    }

    /** Parses {@code text}; {@code fileName} names it in errors. */
    public static YamlMap parse(String text, String fileName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw syntaxError(e).in(fileName);
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
