package io.h2hdse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs documented examples in this process, one after another, in the working directory it was started
 * in (a copy of the repository's root): one example a line of {@code args} in the file named by the
 * first argument, arguments separated by U+001F, then U+001E and the file its output is redirected to
 * (empty: discarded). A path argument with {@code *} in its last part is expanded as a shell would.
 * Prints one line per example: its exit code, a tab, and its stderr's lines joined by " / ".
 */
final class ExampleRunner {
    private ExampleRunner() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\u001e", -1);
            List<String> command = new ArrayList<>();
            for (String token : parts[0].split("\u001f")) {
                command.addAll(expand(token));
            }
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            int code;
            try (OutputStream out =
                    parts[1].isEmpty() ? OutputStream.nullOutputStream() : Files.newOutputStream(Path.of(parts[1]))) {
                code = Dse.run(command.toArray(String[]::new), out, new PrintStream(err, true, StandardCharsets.UTF_8));
            }
            System.out.println(code + "\t"
                    + String.join(
                            " / ", err.toString(StandardCharsets.UTF_8).lines().toList()));
        }
    }

    private static List<String> expand(String token) throws IOException {
        int slash = token.lastIndexOf('/');
        if (!token.contains("*") || token.substring(0, slash + 1).contains("*")) {
            return List.of(token);
        }
        Path parent = Path.of(slash < 0 ? "." : token.substring(0, slash));
        List<String> matches = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, token.substring(slash + 1))) {
            entries.forEach(p -> matches.add(
                    slash < 0
                            ? p.getFileName().toString()
                            : parent.resolve(p.getFileName()).toString()));
        }
        matches.sort(null);
        return matches.isEmpty() ? List.of(token) : matches;
    }
}
