package io.h2hdse.input.h2hcase;

import java.util.List;
import java.util.Map;

/**
 * The release's outputs stored in a reference case.
 *
 * @param steps      makespan and energy after steps 1 to 4, in step order
 * @param step1Order accelerator name → layers in the order step 1 committed them
 * @param step2Bound accelerator name → layers the step-2 knapsack made resident, in the release's order
 * @param schedules  the schedules after steps 1, 2 and 3 (index 0 = step 1): layer name → slot
 * @param costTable  accelerator → layer → flags {@code W<w>I<i>O<o>} → seconds
 */
public record ReferenceExpected(List<StepTotals> steps, Map<String, List<String>> step1Order,
                                Map<String, List<String>> step2Bound, List<Map<String, Slot>> schedules,
                                Map<String, Map<String, Map<String, Double>>> costTable) {
    public record StepTotals(int step, double makespanS, double energyJ) {
    }

    /** One layer's place in a schedule; {@code bound} = its weights were flagged resident. */
    public record Slot(String accelerator, double start, double end, boolean bound) {
    }
}
