/**
 * Random search ({@link io.h2hdse.solver.random.RandomSearch}): uniform mappings over the allowed accelerators, the
 * floor every solver must beat. Uses {@code eval} and {@code solver}.
 */
package io.h2hdse.solver.random;
