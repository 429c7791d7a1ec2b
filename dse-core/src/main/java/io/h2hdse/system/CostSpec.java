package io.h2hdse.system;

/** Which per-layer cost model describes an accelerator, with that model's parameters. */
public sealed interface CostSpec permits MaestroSpec, FpgaTileSpec, TableSpec {}
