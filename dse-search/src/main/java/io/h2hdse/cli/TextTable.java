package io.h2hdse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rows of text printed in columns padded to their widest cell; numeric columns align right. A cell
 * wider than {@value #WIDEST} characters (a concat's thousands of inputs) overflows its own row and
 * widens no column, so the text stays linear in the cells' size.
 */
final class TextTable {
    static final int WIDEST = 60;

    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code header} names the columns; a name ending in {@code >} is right-aligned (the marker is dropped). */
    TextTable(String... header) {
        this.header = new ArrayList<>();
        this.rightAligned = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            rightAligned[i] = header[i].endsWith(">");
            this.header.add(rightAligned[i] ? header[i].substring(0, header[i].length() - 1) : header[i]);
        }
    }

    void add(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(TextTable::visible).toList());
    }

    /** A cell as one line of text: a name's line breaks and control characters are shown escaped, never obeyed. */
    static String visible(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        cell.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (List<String> row : withHeader()) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], Math.min(row.get(i).length(), WIDEST));
            }
        }
        for (List<String> row : withHeader()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(Math.max(width[i] - cell.length(), 0));
                line.append(i == 0 ? "" : "  ").append(rightAligned[i] ? pad + cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
