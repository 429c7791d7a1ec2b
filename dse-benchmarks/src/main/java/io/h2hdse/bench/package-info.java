/**
 * JMH benchmarks of the cost tables, the evaluator's batch, full and delta paths, and H2H, on synthetic problems
 * built here. It may use every package; nothing uses it.
 */
package io.h2hdse.bench;
