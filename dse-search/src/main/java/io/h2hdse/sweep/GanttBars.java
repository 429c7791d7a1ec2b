package io.h2hdse.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Gantt figure draws for each layer: its bar, its colour group (the layer's branch, as in the report), whether
 * the bar stands for its branch in the legend, and its name where the bar is wide enough to hold it.
 */
record GanttBars(List<Bar> bars, List<String> groups) {
    /** Width of one character of the figure's annotation font, in pixels, with a margin either side of a name. */
    static final double CHARACTER_PX = 7;

    static final double MARGIN_PX = 6;

    /**
     * @param slot the layer's run
     * @param group its colour group: the index of its branch in {@link #groups}, or of its layer where no branches
     *     were recorded
     * @param legend whether this bar carries its branch's name in the legend (the first bar of each branch)
     * @param label the layer's name, or empty where the bar is too narrow for it
     */
    record Bar(JobRecord.Slot slot, int group, boolean legend, String label) {}

    /**
     * @param layers layer names by id
     * @param branches each layer's branch by id; empty for job files written before branches were kept
     * @param slots the schedule
     * @param plotWidthPx the width of the figure's plot area, over which the makespan spans
     */
    static GanttBars of(List<String> layers, List<String> branches, List<JobRecord.Slot> slots, double plotWidthPx) {
        double endS = slots.stream().mapToDouble(JobRecord.Slot::finishS).max().orElse(1);
        Map<String, Integer> groups = new LinkedHashMap<>();
        List<Bar> bars = new ArrayList<>();
        for (JobRecord.Slot slot : slots) {
            int group;
            boolean legend = false;
            if (branches.isEmpty()) {
                group = slot.layer();
            } else {
                String branch = branches.get(slot.layer());
                legend = !groups.containsKey(branch);
                group = groups.computeIfAbsent(branch, b -> groups.size());
            }
            String name = layers.get(slot.layer());
            double widthPx = (slot.finishS() - slot.startS()) / endS * plotWidthPx;
            boolean fits = widthPx >= name.length() * CHARACTER_PX + 2 * MARGIN_PX;
            bars.add(new Bar(slot, group, legend, fits ? name : ""));
        }
        return new GanttBars(List.copyOf(bars), List.copyOf(groups.keySet()));
    }
}
