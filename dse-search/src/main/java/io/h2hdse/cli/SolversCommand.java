package io.h2hdse.cli;

import io.h2hdse.solver.SolverCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code dse solvers}: the solvers available, one line each. */
@Command(
        name = "solvers",
        mixinStandardHelpOptions = true,
        description = "List the solvers: name and what it does.",
        footer = {"", "Example:", "  bin/dse solvers"})
final class SolversCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TextTable table = new TextTable("solver", "description");
        for (String name : SolverCatalog.names()) {
            table.add(name, SolverCatalog.description(name));
        }
        table.print(spec.commandLine().getOut());
        return Dse.EXIT_OK;
    }
}
