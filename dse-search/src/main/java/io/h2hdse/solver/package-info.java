/**
 * Search solvers behind one interface, {@link io.h2hdse.solver.Solver}, all on the shared evaluator.
 *
 * <h2>Conventions every solver keeps</h2>
 * <ul>
 *   <li><b>Evaluations</b> are calls of the shared evaluator, one per mapping scored (batch entries
 *   count one each). A genetic run's repeated mappings reuse their remembered fitness and count
 *   nothing; OptaPlanner's score calculations count one each, including those of the construction
 *   heuristic on partly assigned solutions.</li>
 *   <li><b>Budget</b>: no solver evaluates past the evaluation limit. A wall-time limit is checked
 *   before every evaluation (enumerate, OptaPlanner) or every batch (a generation; 256 random mappings),
 *   and only after the first evaluation, because a run must return a mapping.</li>
 *   <li><b>Plans</b>: every solver but {@code optaplanner-list} scores mappings in topological order
 *   with default residency, so its best mapping re-evaluated alone reproduces its latency;
 *   {@code optaplanner-list} also chooses each accelerator's order, and its latency and energy are
 *   those of its plan (mapping and order).</li>
 *   <li><b>Best</b> = lowest latency, ties broken by lowest energy: the first point of the Pareto set.</li>
 *   <li><b>Pareto set</b>: the non-dominated points of every mapping a run evaluated (not just its final
 *   population), ordered by latency; of equal points the first found is kept.</li>
 *   <li><b>Trace</b>: a point whenever the Pareto set changes and evaluations have grown by 1/64
 *   since the last point, plus the final state; best energy there is the lowest energy of any mapping
 *   found. Hypervolume is against {@link io.h2hdse.solver.ReferencePoint#worstCase}, the same for
 *   every solver on a problem.</li>
 *   <li><b>Reproducibility</b>: one seed and an evaluation budget give one result (wall times aside);
 *   wall-time budgets do not.</li>
 *   <li><b>Search space</b> ({@link io.h2hdse.solver.SearchSettings}): solvers choose mappings; the
 *   evaluator orders each mapping's layers by the settings' order policy, by default the rank decoder
 *   (see the {@code eval} package doc), so every solver, enumerate included, searches the same
 *   space: every mapping, each in its decoded order. A seed plan (H2H's: mapping, order, residency) is
 *   evaluated in its own order as the run's first evaluation and its mapping joins the start
 *   (GA's initial population, OptaPlanner's starting solution), so the answer is never slower than
 *   the seed; the result's {@link io.h2hdse.solver.SolverResult#bestPlan()} is the seed plan itself
 *   when nothing faster was found, else the best mapping with its decoded order. The notes record
 *   {@code order}, {@code seed} and {@code improved_on_seed}.</li>
 *   <li><b>Pins and forbidden pairs</b> come through {@link io.h2hdse.eval.Problem#restrict}; every
 *   mapping a solver evaluates keeps to {@link io.h2hdse.eval.Problem#allowed}.</li>
 * </ul>
 */
package io.h2hdse.solver;
