package io.h2hdse.system.yaml;

import io.h2hdse.system.SystemSpec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A system read from a file, with the cost table its {@code table} accelerators take their costs
 * from ({@code cost_table_csv}, resolved against the file's directory), if it names one.
 */
public record SystemFile(SystemSpec system, Optional<Path> costTableCsv) {}
