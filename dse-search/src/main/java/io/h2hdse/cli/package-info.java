/**
 * The {@code dse} command line (picocli; {@link io.h2hdse.cli.Dse} is the entry point): each command parses its
 * options, calls the layers below and prints. Bad input is one line and exit code 2. It may use every package;
 * nothing uses it.
 */
package io.h2hdse.cli;
