package io.h2hdse.input;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a YAML document into a {@link YamlMap}. A missing file, a syntax error (with its line) or a
 * repeated key is an {@link InvalidInputException} that names the file.
 */
public final class YamlFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFiles() {
    }

    public static YamlMap read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read: " + e.getMessage());
        }
        return parse(text, file.toString());
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

    private static InvalidInputException syntaxError(JacksonException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String reason = e.getOriginalMessage().lines().findFirst().orElse("malformed YAML").strip();
        return new InvalidInputException(where, "malformed YAML: " + reason);
    }
}
