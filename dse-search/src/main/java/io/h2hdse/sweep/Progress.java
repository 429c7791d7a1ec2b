package io.h2hdse.sweep;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.temporal.ChronoUnit;

/** Jobs done out of all, with rate and ETA on a terminal; silent otherwise. */
public interface Progress extends AutoCloseable {
    void step();

    @Override
    void close();

    Progress NONE = new Progress() {
        @Override
        public void step() {}

        @Override
        public void close() {}
    };

    /** A bar on stderr when enabled and the process has a terminal, else {@link #NONE}. */
    static Progress bar(String task, long total, long alreadyDone, boolean enabled) {
        if (!enabled || !onTerminal()) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .startsFrom(alreadyDone, java.time.Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" jobs", 1)
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /**
     * Whether stdin and stdout are a terminal. From JDK 22 {@code System.console()} is non-null even
     * when redirected and {@code Console.isTerminal()} tells; the build targets 21, hence reflection.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is for JDK 21, where a redirected console is null
    static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
