package io.h2hdse.cli;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code dse} subcommands, registered lazily: picocli reads every registered command's annotations
 * up front, which is most of a short command's start-up, so a call that names its subcommand registers
 * only that one. Help, unknown names and no arguments see them all.
 */
final class Subcommands {
    private static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("help", CommandLine.HelpCommand::new);
        ALL.put("models", ModelsCommand::new);
        ALL.put("systems", SystemsCommand::new);
        ALL.put("show-model", ShowModelCommand::new);
        ALL.put("import", ImportCommand::new);
        ALL.put("h2h", H2hCommand::new);
        ALL.put("maestro", MaestroCommand::new);
        ALL.put("solve", SolveCommand::new);
        ALL.put("sweep", SweepCommand::new);
        ALL.put("merge", MergeCommand::new);
        ALL.put("evaluate", EvaluateCommand::new);
        ALL.put("costs", CostsCommand::new);
        ALL.put("compare", CompareCommand::new);
        ALL.put("report", ReportCommand::new);
        ALL.put("plot", PlotCommand::new);
        ALL.put("solvers", SolversCommand::new);
    }

    private Subcommands() {}

    /** Every subcommand's name, in the order dse --help lists them. */
    static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(ALL.keySet());
    }

    static CommandLine register(CommandLine root, String[] args) {
        String first = args.length == 0 ? "" : args[0];
        Supplier<Object> named = first.equals("help") ? null : ALL.get(first);
        if (named != null) {
            return root.addSubcommand(first, named.get());
        }
        ALL.forEach((name, command) -> root.addSubcommand(name, command.get()));
        return root;
    }
}
