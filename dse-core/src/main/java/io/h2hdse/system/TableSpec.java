package io.h2hdse.system;

/** Costs of this accelerator come from the user's cost table (a CSV given with the system). */
public record TableSpec() implements CostSpec {}
