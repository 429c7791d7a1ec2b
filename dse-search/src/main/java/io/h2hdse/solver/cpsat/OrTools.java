package io.h2hdse.solver.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.SatParameters;

import java.time.Duration;

/** OR-Tools' native library, loaded once per JVM, and CP-SAT solvers set up the way this package uses them. */
final class OrTools {
    private static boolean loaded;

    private OrTools() {}

    /** Loads the native library (from the ortools-linux-x86-64 jar) on first use. */
    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /**
     * A solver with a wall-time limit and a number of workers; with one worker and {@code deterministic}, the
     * limit is CP-SAT's deterministic time instead, so that the run gives the same answer on every machine.
     */
    static CpSolver solver(Duration limit, int workers, boolean deterministic) {
        load();
        CpSolver solver = new CpSolver();
        SatParameters.Builder parameters = solver.getParameters();
        double seconds = Math.max(1e-3, limit.toNanos() / 1e9);
        if (deterministic) {
            parameters.setMaxDeterministicTime(seconds);
            parameters.setNumWorkers(1);
        } else {
            parameters.setMaxTimeInSeconds(seconds);
            parameters.setNumWorkers(workers);
        }
        parameters.setRandomSeed(1);
        // CP-SAT's own SIGINT handler outlives the solve and aborts the JVM on a later Ctrl-C; the sweep handles it.
        parameters.setCatchSigintSignal(false);
        parameters.setLogSearchProgress(false);
        return solver;
    }
}
