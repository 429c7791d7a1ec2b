package io.h2hdse.solver.cpsat;

import java.util.Locale;

/**
 * The check that CP-SAT's model and the evaluator agree on a plan CP-SAT returned (package doc, "Time as
 * integers"): the evaluator's latency is never above the model's (every model time is rounded up), and
 * when CP-SAT proved the solution optimal they are equal within {@value #RELATIVE} relative (the model's
 * start times need not be as soon as possible before that). Anything else is a bug in the model.
 */
final class ModelAgreement {
    static final double RELATIVE = 1e-6;

    private ModelAgreement() {}

    static void require(double evaluatorLatency, double modelLatency, boolean proven, String who) {
        boolean above = evaluatorLatency > modelLatency * (1 + RELATIVE);
        boolean apart = proven && Math.abs(evaluatorLatency - modelLatency) > modelLatency * RELATIVE;
        if (above || apart) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: the evaluator times CP-SAT's plan at %.12g s, the model at %.12g s%s: a bug in the model",
                    who,
                    evaluatorLatency,
                    modelLatency,
                    proven ? " (proven optimal)" : ""));
        }
    }
}
