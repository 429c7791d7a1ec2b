package io.h2hdse.cost.maestro;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits MAESTRO {@code .m} text into tokens as MAESTRO does (on space, comma, '-', '>', parentheses,
 * colon, tab and semicolon; {@code //} comments to the end of the line), with braces as tokens of
 * their own, keeping each token's line for error messages.
 */
final class MTokenizer {
    record Token(String text, int line) {
    }

    private MTokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            StringBuilder current = new StringBuilder();
            for (int k = 0; k <= line.length(); k++) {
                char ch = k < line.length() ? line.charAt(k) : ' ';
                boolean brace = ch == '{' || ch == '}';
                if (brace || " ,->():\t;\r".indexOf(ch) >= 0) {
                    if (!current.isEmpty()) {
                        tokens.add(new Token(current.toString(), i + 1));
                        current.setLength(0);
                    }
                    if (brace) {
                        tokens.add(new Token(String.valueOf(ch), i + 1));
                    }
                } else {
                    current.append(ch);
                }
            }
        }
        return tokens;
    }
}
