package io.h2hdse.sweep;

import io.h2hdse.system.Accelerator;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.system.yaml.SystemYamlWriter;
import io.h2hdse.workload.Workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sweep job computes; its result is a function of this key alone (for evaluation budgets),
 * so any engine may run it. {@code budget} and {@code search} are null for the budget-free solvers
 * (baseline, h2h).
 *
 * <p>The content-hash rule: {@code inputsSha256} is {@link #contentHash} of the job's model and base
 * system, a SHA-256 over the <em>contents</em> of every input that shapes the result: the model (as
 * YAML, whether it came from the zoo, a YAML or a {@code .m} file), the base system (as YAML, with each
 * MAESTRO {@code .m} dataflow file replaced by the hash of its bytes), and the cost table's bytes. The
 * sweep's own settings (solver, seed, budget, grid overrides) are key fields by value. File names and
 * folders are not part of it, so a results folder stays valid when the checkout moves, while any
 * edit that changes a result (a layer, a link, a table row) gives every job of that model or system
 * a new id: a rerun into the same folder never takes an old row for the new job's answer.
 */
public record JobKey(
        String model,
        SystemPoint system,
        String solver,
        long seed,
        BudgetSpec budget,
        SearchChoice search,
        String inputsSha256) {
    /** The (model, system point) the job belongs to: jobs of one point share one compiled problem. */
    public String point() {
        return point(model, system);
    }

    /** {@link #point} of the model's jobs at the point. */
    static String point(String model, SystemPoint system) {
        StringBuilder text =
                new StringBuilder("model=").append(model).append("|system=").append(system.name());
        system.overrides().forEach((o, v) -> {
            text.append('|').append(o.fieldName()).append('=').append(v);
            if (o.parameter() == SystemOverride.DATAFLOW && v.endsWith(".m")) {
                // the file's contents shape the result, as the base system's .m files do through inputsSha256
                text.append("@sha256:")
                        .append(Sources.hash(
                                Path.of(SystemOverride.dataflow(v, system.grid().directory(), v))));
            }
        });
        return text.toString();
    }

    /** The canonical text of the key. */
    public String canonical() {
        return canonical(point());
    }

    private String canonical(String point) {
        return point + "|solver=" + solver + "|seed=" + seed
                + "|budget_evals=" + (budget == null ? "" : budget.evaluationsCell())
                + "|budget_s=" + (budget == null ? "" : budget.secondsCell())
                + (search == null ? "" : "|order=" + search.orderCell() + "|seed_h2h=" + search.seedCell())
                + "|inputs=" + inputsSha256;
    }

    public io.h2hdse.eval.OrderPolicy order() {
        return search.order();
    }

    public boolean seedH2h() {
        return search.seedH2h();
    }

    /** A stable id: the first 16 hex digits of the SHA-256 of {@link #canonical()}. */
    public String id() {
        return id(point());
    }

    /** {@link #id} given its {@link #point}, which a sweep's jobs of one point share (and a dataflow file's hash is in). */
    String id(String point) {
        return Sources.sha256(canonical(point).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** The content hash of a model on a base system (see the class doc for what it covers). */
    public static String contentHash(Workload model, SystemFile base) {
        StringBuilder text =
                new StringBuilder("model ").append(Sources.hash(model)).append('\n');
        text.append("system ")
                .append(Sources.sha256(SystemYamlWriter.toYaml(withDataflowHashes(base.system()))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .append('\n');
        base.costTableCsv()
                .ifPresent(table ->
                        text.append("cost_table ").append(Sources.hash(table)).append('\n'));
        return Sources.sha256(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The system with each {@code .m} dataflow path replaced by its file's hash: contents count, places do not. */
    private static SystemSpec withDataflowHashes(SystemSpec system) {
        List<Accelerator> accelerators = new ArrayList<>();
        for (Accelerator a : system.accelerators()) {
            if (a.cost() instanceof MaestroSpec m && m.dataflow().endsWith(".m")) {
                MaestroSpec hashed = new MaestroSpec(
                        "sha256:" + Sources.hash(Path.of(m.dataflow())),
                        m.numPes(),
                        m.l1SizeBytes(),
                        m.l2SizeBytes(),
                        m.nocBandwidth(),
                        m.offchipBandwidth(),
                        m.clockMhz(),
                        m.pjPerMacEnergy());
                accelerators.add(new Accelerator(
                        a.name(),
                        a.supports(),
                        hashed,
                        a.localMemoryBytes(),
                        a.weightShare(),
                        a.staticPowerW(),
                        a.dynamicPowerW()));
            } else {
                accelerators.add(a);
            }
        }
        return new SystemSpec(system.name(), accelerators, system.interconnect(), system.options());
    }

    /** Key columns of runs.csv for this job, given the override columns the sweep has, and the point's area after job_id. */
    public Map<String, String> cells(Iterable<Knob> overrideColumns) {
        Map<String, String> cells = keyCells(overrideColumns);
        cells.put("job_id", id());
        cells.put(RunsCsv.AREA, system.areaCell());
        return cells;
    }

    /**
     * The key columns before job_id: what tells one job's row from another's, without the id (a hash)
     * and the area (which builds the point's system), which take longer to compute than the rest.
     */
    public Map<String, String> keyCells(Iterable<Knob> overrideColumns) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("model", model);
        cells.put("system", system.name());
        for (Knob o : overrideColumns) {
            cells.put(o.fieldName(), system.overrides().getOrDefault(o, ""));
        }
        cells.put("solver", solver);
        cells.put("seed", Long.toString(seed));
        cells.put("budget_evals", budget == null ? "" : budget.evaluationsCell());
        cells.put("budget_s", budget == null ? "" : budget.secondsCell());
        cells.put(SearchChoice.ORDER, search == null ? "" : search.orderCell());
        cells.put(SearchChoice.SEED_H2H, search == null ? "" : search.seedCell());
        return cells;
    }
}
