/**
 * System files: YAML read into and written from a {@link io.h2hdse.system.SystemSpec}, with memory sizes in
 * units and the cost table a file names ({@link io.h2hdse.system.yaml.SystemFile}). Uses {@code input},
 * {@code workload}'s op kinds and the rest of {@code system}.
 */
package io.h2hdse.system.yaml;
