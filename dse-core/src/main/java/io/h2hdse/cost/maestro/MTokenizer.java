package io.h2hdse.cost.maestro;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits MAESTRO {@code .m} text into tokens as MAESTRO does (on space, comma, '-', '>', parentheses,
 * colon, tab and semicolon; {@code //} comments to the end of the line), with braces as tokens of
 * their own. Each token keeps its line for error messages, its place in the line (so a name written
 * {@code CONV1-1} can be read back whole) and whether a '-' separated it from the token before: MAESTRO
 * reads {@code K: -64} as 64, this model refuses it.
 */
final class MTokenizer {
    record Token(String text, int line, int start, int end, boolean afterMinus) {}

    private MTokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            int start = -1;
            boolean minus = false;
            for (int k = 0; k <= line.length(); k++) {
                char ch = k < line.length() ? line.charAt(k) : ' ';
                boolean brace = ch == '{' || ch == '}';
                if (brace || " ,->():\t;\r".indexOf(ch) >= 0) {
                    if (start >= 0) {
                        tokens.add(new Token(line.substring(start, k), i + 1, start, k, minus));
                        start = -1;
                        minus = false;
                    }
                    minus |= ch == '-';
                    if (brace) {
                        tokens.add(new Token(String.valueOf(ch), i + 1, k, k + 1, false));
                        minus = false;
                    }
                } else if (start < 0) {
                    start = k;
                }
            }
        }
        return tokens;
    }

    /**
     * The text a run of tokens on one line was cut from ({@code CONV1-1}); tokens on several lines are
     * joined with a space.
     */
    static String spanText(List<Token> run, String[] lines) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < run.size()) {
            int j = i;
            while (j + 1 < run.size() && run.get(j + 1).line() == run.get(i).line()) {
                j++;
            }
            String line = lines[run.get(i).line() - 1];
            text.append(text.isEmpty() ? "" : " ")
                    .append(line, run.get(i).start(), run.get(j).end());
            i = j + 1;
        }
        return text.toString();
    }
}
