package io.h2hdse.workload.onnx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Branches and tasks from the graph's inputs and outputs: a layer's branch is the one graph input it
 * depends on, or {@value #FUSION} when it depends on several; its task is the one graph output it leads
 * to, or none (shared) when it leads to several.
 */
final class Labels {
    static final String FUSION = "fusion";

    private final Map<String, String> branch = new HashMap<>();
    private final Map<String, String> task = new HashMap<>();

    /**
     * @param drafts  layers in graph order (producers first)
     * @param outputs for each graph output name, the layers whose outputs it is
     */
    Labels(List<Draft> drafts, Map<String, List<String>> outputs) {
        Map<String, Set<String>> sources = new HashMap<>();
        for (Draft d : drafts) {
            Set<String> s = new LinkedHashSet<>(d.hostInputs());
            d.inputs().forEach(p -> s.addAll(sources.get(p)));
            sources.put(d.name(), s);
            branch.put(d.name(), s.size() == 1 ? s.iterator().next() : s.isEmpty() ? "" : FUSION);
        }
        Map<String, Set<String>> reached = new HashMap<>();
        outputs.forEach((output, layers) -> layers.forEach(
                l -> reached.computeIfAbsent(l, k -> new LinkedHashSet<>()).add(output)));
        List<Draft> reversed = new ArrayList<>(drafts);
        Collections.reverse(reversed);
        for (Draft d : reversed) {
            Set<String> r = reached.getOrDefault(d.name(), Set.of());
            for (String p : d.inputs()) {
                reached.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(r);
            }
            task.put(d.name(), r.size() == 1 ? r.iterator().next() : "");
        }
    }

    String branch(String layer) {
        return branch.get(layer);
    }

    String task(String layer) {
        return task.get(layer);
    }
}
