/**
 * Model files: YAML read into and written from a {@link io.h2hdse.workload.Workload}, and
 * {@link io.h2hdse.workload.yaml.ModelSource}, which takes a zoo name or a YAML file. Uses
 * {@code input} and the rest of {@code workload}.
 */
package io.h2hdse.workload.yaml;
