package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code dse} launcher: one subcommand per job. */
@Command(name = "dse",
        mixinStandardHelpOptions = true,
        version = "h2h-dse 0.1.0",
        description = "Map heterogeneous DNN workloads onto heterogeneous accelerator systems and explore the design space.",
        subcommands = {CommandLine.HelpCommand.class, ModelsCommand.class, SystemsCommand.class, ShowModelCommand.class,
                H2hCommand.class, MaestroCommand.class, SolveCommand.class, SweepCommand.class, EvaluateCommand.class,
                CompareCommand.class, SolversCommand.class})
public final class Dse {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true, System.out.charset()), new PrintWriter(System.err, true, System.err.charset())));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Dse());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return EXIT_BAD_INPUT;
        });
        int code = cli.execute(args);
        if (args.length == 0) {
            cli.usage(out);
        }
        return code;
    }
}
