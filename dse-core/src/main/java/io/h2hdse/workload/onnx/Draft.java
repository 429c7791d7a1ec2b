package io.h2hdse.workload.onnx;

import io.h2hdse.workload.Op;
import io.h2hdse.workload.Shape;

import java.util.List;

/** A layer found in the graph, before its branch and task are known. */
record Draft(String name, Op op, Shape input, List<String> inputs, List<String> hostInputs) {}
