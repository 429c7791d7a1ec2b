/**
 * The FPGA'15 tiled convolution model exactly as the H2H release codes it
 * ({@link io.h2hdse.cost.fpga.FpgaTileCostModel}). Uses {@code input}, {@code workload}, {@code system} and
 * {@code cost}.
 */
package io.h2hdse.cost.fpga;
