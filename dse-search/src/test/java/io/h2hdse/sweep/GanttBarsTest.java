package io.h2hdse.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GanttBarsTest {
    // Makespan 10 s over a 100-pixel plot: 10 px per second. A name of n characters needs 7n + 12 px.
    private static final List<JobRecord.Slot> SLOTS = List.of(
            new JobRecord.Slot(0, 0, 0, 4), // 40 px: "conv" (4 chars) needs 40 px, fits
            new JobRecord.Slot(1, 1, 0, 3), // 30 px: "fc" needs 26 px, fits
            new JobRecord.Slot(2, 0, 4, 10)); // 60 px: "attention" (9 chars) needs 75 px, does not fit

    @Test
    void barsAreColouredByBranchWithOneLegendEntryPerBranchAndNamedWhereTheNameFits() {
        GanttBars bars = GanttBars.of(List.of("conv", "fc", "attention"), List.of("rgb", "depth", "rgb"), SLOTS, 100);

        assertEquals(List.of("rgb", "depth"), bars.groups());
        assertEquals(
                List.of(
                        new GanttBars.Bar(SLOTS.get(0), 0, true, "conv"),
                        new GanttBars.Bar(SLOTS.get(1), 1, true, "fc"),
                        new GanttBars.Bar(SLOTS.get(2), 0, false, "")),
                bars.bars());
    }

    @Test
    void withoutRecordedBranchesEachLayerIsItsOwnColourAndThereIsNoLegend() {
        GanttBars bars = GanttBars.of(List.of("conv", "fc", "attention"), List.of(), SLOTS, 100);

        assertEquals(List.of(), bars.groups());
        assertEquals(
                List.of(0, 1, 2), bars.bars().stream().map(GanttBars.Bar::group).toList());
        assertEquals(
                List.of(false, false, false),
                bars.bars().stream().map(GanttBars.Bar::legend).toList());
    }
}
