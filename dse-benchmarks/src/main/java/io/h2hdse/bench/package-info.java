/**
 * JMH benchmarks of the cost tables, the evaluator's batch and full paths (topological and rank order),
 * and H2H, on synthetic problems built here. It may use every package; nothing uses it.
 */
package io.h2hdse.bench;
