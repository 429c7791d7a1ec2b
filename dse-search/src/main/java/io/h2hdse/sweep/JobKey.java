package io.h2hdse.sweep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one sweep job computes; its result is a function of this key alone (for evaluation budgets),
 * so any engine may run it. {@code budget} and {@code search} are null for the budget-free solvers
 * (baseline, h2h).
 */
public record JobKey(String model, SystemPoint system, String solver, long seed, BudgetSpec budget, SearchChoice search) {
    /** The (model, system point) the job belongs to: jobs of one point share one compiled problem. */
    public String point() {
        StringBuilder text = new StringBuilder("model=").append(model).append("|system=").append(system.name());
        system.overrides().forEach((o, v) -> text.append('|').append(o.fieldName()).append('=').append(v));
        return text.toString();
    }

    /** The canonical text of the key. */
    public String canonical() {
        return point() + "|solver=" + solver + "|seed=" + seed
                + "|budget_evals=" + (budget == null ? "" : budget.evaluationsCell())
                + "|budget_s=" + (budget == null ? "" : budget.secondsCell())
                + (search == null ? "" : "|order=" + search.orderCell() + "|seed_h2h=" + search.seedCell());
    }

    public io.h2hdse.eval.OrderPolicy order() {
        return search.order();
    }

    public boolean seedH2h() {
        return search.seedH2h();
    }

    /** A stable id: the first 16 hex digits of the SHA-256 of {@link #canonical()}. */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Key columns of runs.csv for this job, given the override columns the sweep has. */
    public Map<String, String> cells(Iterable<SystemOverride> overrideColumns) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("model", model);
        cells.put("system", system.name());
        for (SystemOverride o : overrideColumns) {
            cells.put(o.fieldName(), system.overrides().getOrDefault(o, ""));
        }
        cells.put("solver", solver);
        cells.put("seed", Long.toString(seed));
        cells.put("budget_evals", budget == null ? "" : budget.evaluationsCell());
        cells.put("budget_s", budget == null ? "" : budget.secondsCell());
        cells.put(SearchChoice.ORDER, search == null ? "" : search.orderCell());
        cells.put(SearchChoice.SEED_H2H, search == null ? "" : search.seedCell());
        cells.put("job_id", id());
        return cells;
    }
}
