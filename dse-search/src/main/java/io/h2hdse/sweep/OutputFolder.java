package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A results folder made ready to write in, or an {@link InvalidInputException} naming the path and what is wrong. */
public final class OutputFolder {
    /** The figures' subfolder. */
    public static final String PLOTS = "plots";

    private OutputFolder() {}

    static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidInputException(folder.toString(), "is a file, not a results folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw problem(folder, e);
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException(folder.toString(), "results folder is not writable");
        }
    }

    /**
     * The subfolder {@code name} of a results folder, created if missing. A symbolic link there is refused:
     * the results folder is the one place a run writes, and a link would take its files elsewhere.
     */
    public static Path subfolder(Path folder, String name) {
        Path subfolder = folder.resolve(name);
        if (Files.isSymbolicLink(subfolder) || (Files.exists(subfolder) && !Files.isDirectory(subfolder))) {
            throw new InvalidInputException(
                    subfolder.toString(),
                    (Files.isSymbolicLink(subfolder) ? "is a symbolic link" : "is a file")
                            + ", not a folder of the results folder: refusing to write through it");
        }
        try {
            return Files.createDirectories(subfolder);
        } catch (IOException e) {
            throw problem(subfolder, e);
        }
    }

    /** One line for an I/O failure on a path in or above the folder. */
    public static InvalidInputException problem(Path folder, IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : folder.toString();
        String reason = switch (e) {
            case AccessDeniedException a -> "permission denied";
            case FileAlreadyExistsException a -> "a file is in the way of a folder";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage();
        };
        return new InvalidInputException(path, "cannot write the results folder: " + reason);
    }
}
