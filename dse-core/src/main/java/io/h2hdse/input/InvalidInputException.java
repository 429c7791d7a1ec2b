package io.h2hdse.input;

import java.io.Serial;

/**
 * A user's input is wrong: a file, a field or a value. The message is one line that names where
 * ({@code file: field}) and why, so the command line can print it as is, without a stack trace.
 */
public final class InvalidInputException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String where;
    private final String reason;

    public InvalidInputException(String where, String reason) {
        super(where == null || where.isEmpty() ? reason : where + ": " + reason);
        this.where = where == null ? "" : where;
        this.reason = reason;
    }

    /** The same error, placed inside a file: "file: field: reason". */
    public InvalidInputException in(String file) {
        return new InvalidInputException(where.isEmpty() ? file : file + ": " + where, reason);
    }

    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }
}
