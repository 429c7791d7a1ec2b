/**
 * The bottom layer: {@link io.h2hdse.input.InvalidInputException} (one line naming the file and field of a
 * user's mistake) and typed access to parsed YAML ({@link io.h2hdse.input.YamlMap},
 * {@link io.h2hdse.input.YamlFiles}). It imports nothing of ours; every other package may use it.
 */
package io.h2hdse.input;
