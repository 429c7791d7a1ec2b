/**
 * Hardware co-exploration: the {@code nsga2} strategy of a sweep's {@code explore} block, whose designs are
 * chosen generation by generation from the results of the last. Each generation's new designs are ordinary
 * sweep jobs (recorded in runs.csv with their knob values as columns), so a rerun replays the search from the
 * recorded rows: the same seed gives the same designs and runs only what is missing. The same replay lets
 * any engine run a generation's jobs and lets shards take part round by round ({@link DesignSearch}).
 */
package io.h2hdse.sweep.explore;
