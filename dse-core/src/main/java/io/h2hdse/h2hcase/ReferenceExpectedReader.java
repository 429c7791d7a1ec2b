package io.h2hdse.h2hcase;

import com.fasterxml.jackson.databind.JsonNode;
import io.h2hdse.h2hcase.ReferenceExpected.Move;
import io.h2hdse.h2hcase.ReferenceExpected.Slot;
import io.h2hdse.h2hcase.ReferenceExpected.StepTotals;
import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.h2hdse.h2hcase.ReferenceCaseReader.array;
import static io.h2hdse.h2hcase.ReferenceCaseReader.field;
import static io.h2hdse.h2hcase.ReferenceCaseReader.integer;
import static io.h2hdse.h2hcase.ReferenceCaseReader.number;
import static io.h2hdse.h2hcase.ReferenceCaseReader.text;

/** Reads the {@code expected} block and {@code cost_table_s} of a reference case. */
final class ReferenceExpectedReader {
    private ReferenceExpectedReader() {}

    static ReferenceExpected read(JsonNode expected, JsonNode costTable) {
        List<StepTotals> steps = new ArrayList<>();
        JsonNode stepList = array(expected, "steps", "expected.steps");
        for (int i = 0; i < stepList.size(); i++) {
            String at = "expected.steps[" + i + "]";
            steps.add(new StepTotals(
                    integer(stepList.get(i), "step", at),
                    number(stepList.get(i), "makespan_s", at),
                    number(stepList.get(i), "energy_J", at)));
        }
        List<Map<String, Slot>> schedules = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            String at = "expected.step" + step;
            schedules.add(schedule(
                    field(field(expected, "step" + step, at), "schedule", at + ".schedule"), at + ".schedule"));
        }
        return new ReferenceExpected(
                steps,
                layerLists(
                        field(field(expected, "step1", "expected.step1"), "acc_order", "expected.step1.acc_order"),
                        "expected.step1.acc_order"),
                layerLists(
                        field(field(expected, "step2", "expected.step2"), "bound", "expected.step2.bound"),
                        "expected.step2.bound"),
                schedules,
                moves(array(field(expected, "step4", "expected.step4"), "tries", "expected.step4.tries")),
                costTable == null ? Map.of() : costs(costTable));
    }

    private static List<Move> moves(JsonNode tries) {
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < tries.size(); i++) {
            JsonNode t = tries.get(i);
            String at = "expected.step4.tries[" + i + "]";
            moves.add(new Move(
                    text(t, "layer", at + ".layer"),
                    text(t, "neighbor", at + ".neighbor"),
                    text(t, "relation", at + ".relation"),
                    text(t, "from_acc", at + ".from_acc"),
                    text(t, "to_acc", at + ".to_acc"),
                    field(t, "accepted", at + ".accepted").asBoolean()));
        }
        return moves;
    }

    private static Map<String, Slot> schedule(JsonNode node, String where) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            String at = where + "." + e.getKey();
            JsonNode slot = e.getValue();
            JsonNode bind = field(slot, "bind", at + ".bind");
            if (!bind.isBoolean()) {
                throw new InvalidInputException(at + ".bind", "must be true or false");
            }
            slots.put(
                    e.getKey(),
                    new Slot(
                            text(slot, "acc", at + ".acc"),
                            number(slot, "start", at),
                            number(slot, "end", at),
                            bind.booleanValue()));
        });
        return slots;
    }

    private static Map<String, List<String>> layerLists(JsonNode node, String where) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            List<String> layers = new ArrayList<>();
            if (!e.getValue().isArray()) {
                throw new InvalidInputException(where + "." + e.getKey(), "must be a list of layer names");
            }
            e.getValue().forEach(layer -> layers.add(layer.asText()));
            lists.put(e.getKey(), List.copyOf(layers));
        });
        return lists;
    }

    private static Map<String, Map<String, Map<String, Double>>> costs(JsonNode table) {
        Map<String, Map<String, Map<String, Double>>> byAcc = new LinkedHashMap<>();
        table.properties().forEach(acc -> {
            Map<String, Map<String, Double>> byLayer = new LinkedHashMap<>();
            acc.getValue().properties().forEach(layer -> {
                Map<String, Double> byFlags = new LinkedHashMap<>();
                layer.getValue()
                        .properties()
                        .forEach(flags ->
                                byFlags.put(flags.getKey(), flags.getValue().doubleValue()));
                byLayer.put(layer.getKey(), byFlags);
            });
            byAcc.put(acc.getKey(), byLayer);
        });
        return byAcc;
    }
}
