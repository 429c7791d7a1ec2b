package io.h2hdse.sweep;

/**
 * What to do if the process is stopped (Ctrl-C, a kill) while a sweep runs: a shutdown hook that
 * runs once, registered until {@link #close()}, so a sweep that ends normally says nothing.
 */
final class Interruption implements AutoCloseable {
    private final Thread hook;

    private Interruption(Thread hook) {
        this.hook = hook;
    }

    static Interruption onStop(Runnable action) {
        Thread hook = new Thread(action, "sweep-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        return new Interruption(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the process is already stopping: the hook runs, as it should
        }
    }
}
