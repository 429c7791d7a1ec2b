/**
 * Writing files: {@link io.h2hdse.output.OutputFile}, the one writer of every file this project produces
 * (results folders, {@code --out}, {@code --csv}, {@code --schedule}): whole or not at all, never through a
 * symbolic link or into a device or FIFO, never over an input. It imports only {@code input}; every layer
 * above may use it.
 */
package io.h2hdse.output;
