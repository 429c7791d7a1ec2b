package io.h2hdse.sweep;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one way names from users' files (a model's, a system's, a sweep's, a point's cells) become a file or
 * folder name: names are data and never steer a path. The names are joined by {@code _} and kept as they
 * are when each is made of letters, digits and {@code . _ + = -} only and does not start with a dot, and
 * the whole is at most {@value #MAX_KEPT} characters long. Otherwise each run of other characters becomes
 * {@code _}, a leading dot {@code _}, the whole is cut to {@value #MAX_KEPT} characters and followed by
 * {@code -} and the first {@value #HASH_DIGITS} hex digits of a SHA-256 of the names as given, so that
 * names differing only in what was replaced or cut still get files of their own. The result is one path
 * component (never {@code .}, {@code ..}, empty, hidden or containing a separator) of at most
 * {@value #MAX_LENGTH} ASCII characters, well under the 255 bytes file systems allow, with room for a
 * prefix and an extension.
 */
public final class FileNames {
    static final int MAX_KEPT = 80;
    static final int HASH_DIGITS = 8;
    public static final int MAX_LENGTH = MAX_KEPT + 1 + HASH_DIGITS;

    private FileNames() {}

    /** {@code name} as one safe path component (see the class comment). */
    public static String of(String name) {
        return of(List.of(name));
    }

    /** {@code names}, joined, as one safe path component (see the class comment). */
    public static String of(List<String> names) {
        List<String> safe = names.stream()
                .map(n -> n.replaceAll("[^A-Za-z0-9._+=-]+", "_").replaceFirst("^\\.", "_"))
                .toList();
        String joined = String.join("_", safe);
        if (safe.equals(names)
                && !joined.isEmpty()
                && safe.stream().noneMatch(String::isEmpty)
                && joined.length() <= MAX_KEPT) {
            return joined;
        }
        return (joined.isEmpty() ? "_" : joined.substring(0, Math.min(joined.length(), MAX_KEPT))) + "-" + hash(names);
    }

    /** Of the names' lengths and characters, so that no two lists of names share their text. */
    private static String hash(List<String> names) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : names) {
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                digest.update(
                        ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
