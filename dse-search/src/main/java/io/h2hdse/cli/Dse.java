package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.util.List;

/** The {@code dse} launcher: one subcommand per job. */
@Command(
        name = "dse",
        mixinStandardHelpOptions = true,
        version = Dse.VERSION,
        description =
                "Map heterogeneous DNN workloads onto heterogeneous accelerator systems and explore the design space.")
public final class Dse {
    static final String VERSION = "h2h-dse 0.1.0";
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;
    /** Columns of --help text. */
    static final int HELP_WIDTH = 120;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line writing to byte streams (the process's own, a pipe, a file); everything
     * written is flushed before it returns, however the command ends.
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(out, true, charsetOf(out));
        PrintWriter errWriter = new PrintWriter(err, true, charsetOf(err));
        try {
            return run(args, outWriter, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** A print stream's own charset (the terminal's, for the process's streams); UTF-8 for any other stream. */
    private static Charset charsetOf(OutputStream stream) {
        return stream instanceof PrintStream print ? print.charset() : StandardCharsets.UTF_8;
    }

    /**
     * An I/O failure that no command turned into an input error (a full disk, a file that vanished) as
     * one line: the file and the operating system's reason where the error has them.
     */
    static String oneLine(UncheckedIOException failure) {
        IOException cause = failure.getCause();
        String reason = cause instanceof FileSystemException fs
                ? (fs.getFile() != null ? fs.getFile() + ": " : "") + "cannot write or read: "
                        + (fs.getReason() != null
                                ? fs.getReason()
                                : fs.getClass().getSimpleName())
                : String.valueOf(cause.getMessage());
        String context = failure.getMessage();
        String line = context == null || context.equals(cause.toString()) ? reason : context + ": " + reason;
        return line.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Fast paths without picocli, whose start-up is most of these short calls.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.println(VERSION);
            out.flush();
            return EXIT_OK;
        }
        if (args.length > 0 && args[0].equals("maestro")) {
            return MaestroCommand.run(List.of(args).subList(1, args.length), out, err);
        }
        CommandLine cli = Subcommands.register(new CommandLine(new Dse()), args);
        // Wide enough that no example (one command line each) is wrapped.
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof UncheckedIOException io) {
                commandLine.getErr().println("error: " + oneLine(io));
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine()
                    .getErr()
                    .println("error: " + ex.getMessage().lines().findFirst().orElse(""));
            ex.getCommandLine()
                    .getErr()
                    .println("see `" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help`");
            return EXIT_BAD_INPUT;
        });
        int code = cli.execute(args);
        if (args.length == 0) {
            cli.usage(out);
        }
        return code;
    }
}
