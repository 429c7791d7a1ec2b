package io.h2hdse.solver.h2h;

import io.h2hdse.eval.Plan;
import io.h2hdse.eval.Schedule;

/** The plan after one H2H step and its timed schedule. */
public record H2hStep(int step, Plan plan, Schedule schedule) {
    public double makespan() {
        return schedule.makespan();
    }

    public double energy() {
        return schedule.energy();
    }
}
