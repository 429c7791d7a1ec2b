package io.h2hdse.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --model} and {@code --system}, one class's options: {@code dse solve}'s group beside {@code --case}
 * and the options of the commands that look at one problem ({@code evaluate}, {@code costs}).
 */
class ModelAndSystemOptionsTest {
    private static final String SYSTEM_HELP = "A system name in <configs>/systems or a system file (.yaml).";

    @Test
    void solveTakesBothOrACaseNeverBoth() {
        DseRun both = DseRun.run(
                "solve", "--case", "c.json", "--model", "vgg3", "--system", "mixed6-medium", "--solver", "random");
        assertEquals(2, both.code(), both.err());
        assertTrue(both.err().contains("mutually exclusive"), both.err());

        DseRun half = DseRun.run("solve", "--model", "vgg3", "--solver", "random");
        assertEquals(2, half.code(), half.err());
        assertTrue(half.err().contains("--system=S"), half.err());

        DseRun neither = DseRun.run("solve", "--solver", "random");
        assertEquals(2, neither.code(), neither.err());
        assertTrue(neither.err().contains("--case=FILE.json"), neither.err());
    }

    @Test
    void evaluateAndCostsNeedBoth() {
        for (String command : new String[] {"evaluate", "costs"}) {
            DseRun half = DseRun.run(command, "--model", "vgg3");
            assertEquals(2, half.code(), command + ": " + half.err());
            assertTrue(half.err().contains("--system=S"), command + ": " + half.err());
        }
    }

    @Test
    void everyCommandDescribesThemAlike() {
        for (String command : new String[] {"solve", "evaluate", "costs"}) {
            DseRun help = DseRun.run(command, "--help");
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains(SYSTEM_HELP), command + ": " + help.out());
            assertTrue(help.out().contains("A zoo model name or a model file."), command + ": " + help.out());
        }
    }
}
