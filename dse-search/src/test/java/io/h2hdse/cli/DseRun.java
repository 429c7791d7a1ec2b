package io.h2hdse.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One {@code dse} command run in this JVM: its exit code and what it printed on each stream. */
record DseRun(int code, String out, String err) {
    static DseRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dse.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new DseRun(code, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }
}
