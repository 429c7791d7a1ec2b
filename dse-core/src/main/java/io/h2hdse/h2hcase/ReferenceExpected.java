package io.h2hdse.h2hcase;

import java.util.List;
import java.util.Map;

/**
 * The release's outputs stored in a reference case.
 *
 * @param steps      makespan and energy after steps 1 to 4, in step order
 * @param step1Order accelerator name → layers in the order step 1 committed them
 * @param step2Bound accelerator name → layers the step-2 knapsack made resident, in the release's order
 * @param schedules  the schedules after steps 1, 2 and 3 (index 0 = step 1): layer name → slot
 * @param step4Tries every step-4 move the release evaluated, in order (its timings are not a target)
 * @param costTable  accelerator → layer → flags {@code W<w>I<i>O<o>} → seconds
 */
public record ReferenceExpected(
        List<StepTotals> steps,
        Map<String, List<String>> step1Order,
        Map<String, List<String>> step2Bound,
        List<Map<String, Slot>> schedules,
        List<Move> step4Tries,
        Map<String, Map<String, Map<String, Double>>> costTable) {
    public record StepTotals(int step, double makespanS, double energyJ) {}

    /** A step-4 move: {@code relation} is {@code pred} (after the producer) or {@code success} (before the consumer). */
    public record Move(
            String layer,
            String neighbour,
            String relation,
            String fromAccelerator,
            String toAccelerator,
            boolean accepted) {}

    /** One layer's place in a schedule; {@code bound} = its weights were flagged resident. */
    public record Slot(String accelerator, double start, double end, boolean bound) {}
}
