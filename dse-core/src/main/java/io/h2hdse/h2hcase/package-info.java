/**
 * The H2H release's case files (JSON): a case becomes a workload and a system
 * ({@link io.h2hdse.h2hcase.ReferenceCaseReader}), and its recorded intermediate results the expected values
 * of each H2H step ({@link io.h2hdse.h2hcase.ReferenceExpectedReader}). Uses {@code input}, {@code workload}
 * and {@code system}.
 */
package io.h2hdse.h2hcase;
