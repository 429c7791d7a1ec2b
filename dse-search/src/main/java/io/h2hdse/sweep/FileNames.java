package io.h2hdse.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way a name from a user's file (a model's, a system's, a sweep's, a point's title) becomes a file
 * or folder name: names are data and never steer a path. The name is kept as it is when it is made of
 * letters, digits, {@code . _ + = -} only, does not start with a dot and is at most {@value #MAX_KEPT}
 * characters long; otherwise each run of other characters becomes {@code _}, a leading dot {@code _}, the
 * result is cut to {@value #MAX_KEPT} characters and the first {@value #HASH_DIGITS} hex digits of the
 * SHA-256 of the name as given follow a {@code -}, so that two names differing only in what was replaced
 * or cut still get files of their own. The result is one path component (never {@code .}, {@code ..}, empty,
 * hidden or containing a separator) of at most {@value #MAX_LENGTH} ASCII characters, well under the
 * 255 bytes file systems allow, with room for a prefix and an extension.
 */
public final class FileNames {
    static final int MAX_KEPT = 80;
    static final int HASH_DIGITS = 8;
    public static final int MAX_LENGTH = MAX_KEPT + 1 + HASH_DIGITS;

    private FileNames() {}

    /** {@code name} as one safe path component (see the class comment). */
    public static String of(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._+=-]+", "_").replaceFirst("^\\.", "_");
        if (!safe.isEmpty() && safe.equals(name) && safe.length() <= MAX_KEPT) {
            return safe;
        }
        return (safe.isEmpty() ? "_" : safe.substring(0, Math.min(safe.length(), MAX_KEPT))) + "-" + hash(name);
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
