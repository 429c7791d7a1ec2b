package io.h2hdse.solver;

/**
 * The state of a run after some evaluations.
 *
 * @param evaluations evaluations so far
 * @param nanos       wall time since the solver started
 * @param bestLatency lowest latency found so far
 * @param bestEnergy  lowest energy found so far (of any mapping, not necessarily the fastest)
 * @param hypervolume of the Pareto set so far, against the run's {@link ReferencePoint}
 */
public record TracePoint(long evaluations, long nanos, double bestLatency, double bestEnergy, double hypervolume) {}
