package io.h2hdse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed in columns padded to their widest cell; numeric columns align right. */
final class TextTable {
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
        rows.add(List.of(cells));
    }

    void print(PrintWriter out) {
        int[] width = new int[header.size()];
        for (List<String> row : withHeader()) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : withHeader()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(width[i] - cell.length());
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
