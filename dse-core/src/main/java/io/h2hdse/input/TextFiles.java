package io.h2hdse.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An input file's text, or an {@link InvalidInputException} naming the file and why it cannot be read. */
public final class TextFiles {
    private TextFiles() {}

    /** The file's content as UTF-8 text; {@code what} says what the file should be ("hardware file"), in errors. */
    public static String read(Path file, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(file.toString(), "is a folder, not a " + what);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    file.toString(), "not UTF-8 text (is it a binary file?); expected a " + what);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file.toString(), "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the " + what + ": " + e.getMessage());
        }
    }
}
