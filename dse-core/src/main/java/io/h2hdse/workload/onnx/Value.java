package io.h2hdse.workload.onnx;

/** What the importer knows of one ONNX tensor: its static dims, and either its constant data or its producers. */
sealed interface Value permits Constant, Activation {
    long[] dims();

    default long elements() {
        return Dims.product(dims());
    }
}
