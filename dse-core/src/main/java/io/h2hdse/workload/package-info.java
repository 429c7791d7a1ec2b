/**
 * What runs: layers ({@link io.h2hdse.workload.Layer}: an op of a closed set, {@link io.h2hdse.workload.OpKind},
 * with shapes, branch and task labels) and the validated DAG they form ({@link io.h2hdse.workload.Workload}).
 * Uses only {@code input}.
 */
package io.h2hdse.workload;
