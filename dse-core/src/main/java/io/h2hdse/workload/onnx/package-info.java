/**
 * Reads ONNX model files ({@link io.h2hdse.workload.onnx.OnnxModelReader}) into the same validated
 * {@link io.h2hdse.workload.Workload} the YAML and MAESTRO readers give, so nothing downstream knows
 * the source format. The protobuf classes come from {@code org.tribuo:tribuo-util-onnx}.
 *
 * <h2>Shapes</h2>
 * Every tensor's static dims are inferred from the graph inputs and the initializers' dims, node by
 * node in topological order. Initializer <em>values</em> are read only when they are inline and small
 * (shape constants); weights are dims only, and external data is never opened. Integer shape arithmetic
 * is folded as constants ({@code Shape}, {@code Gather}, {@code Unsqueeze}, {@code Squeeze},
 * {@code Concat}, {@code Slice}, {@code Cast}, {@code Add}/{@code Sub}/{@code Mul}/{@code Div} (integer
 * division truncates), {@code Constant}, {@code ConstantOfShape}, {@code Range}, {@code Equal},
 * {@code Where}, {@code Expand}, {@code Reshape} with 0 and -1, {@code Flatten}, {@code Transpose},
 * {@code Split}, ...), following the operator semantics of the model's opset (axes as attributes or
 * inputs, Slice clamping of negative and INT_MAX bounds, numpy broadcasting). A symbolic first
 * dimension of a graph input is the batch and taken as 1; any other symbolic dimension, or a value a
 * shape depends on that is only known at run time, stops the import naming the node. Shapes the file
 * states ({@code value_info}, graph outputs) must agree with the inferred ones.
 *
 * <h2>Layers</h2>
 * <ul>
 *   <li>{@code Conv} → conv (strides, pads or {@code auto_pad}, one dilation, groups: depthwise and
 *       grouped; 1-D convolutions as {@code k × 1}). Asymmetric padding is expressed by the symmetric
 *       padding that gives the same output size (the workload's conv has one padding per axis).
 *       {@code ConvTranspose} → the conv, stride 1, over the input with {@code stride - 1} zeros inserted
 *       (same output and weights; its MACs count the inserted zeros).</li>
 *   <li>{@code Gemm} ({@code transA}, {@code transB}) and {@code MatMul} (numpy broadcasting of batch
 *       axes): with a constant operand and one row in all → fc; with more rows (a linear layer applied
 *       to every token) → matmul with weights; with two run-time operands (attention's {@code Q·Kᵀ} and
 *       {@code ·V}) → matmul without weights.</li>
 *   <li>{@code LSTM}, {@code GRU} → lstm, gru: one layer per direction; batch 1.</li>
 *   <li>{@code MaxPool}, {@code AveragePool} (with {@code ceil_mode}), global pools and reductions
 *       ({@code ReduceMean} etc., {@code ArgMax}: a pool whose window spans the reduced axes) → pool. A pool that is an
 *       identity (1×1 window, stride 1: what VGG's adaptive pool over a 7×7 map exports as) or a global
 *       pool over a 1×1 map moves nothing and is dropped.</li>
 *   <li>{@code Add}, {@code Sub}, {@code Mul}, {@code Div}, {@code Sum}, {@code Max}, ... of activations
 *       from <em>different</em> producers (residual adds, squeeze-excitation scaling) → eltwise;
 *       {@code Concat} of activations → concat (a constant part, such as a class token, is part of its
 *       input); {@code Softmax} → softmax; {@code LayerNormalization}, {@code GroupNormalization},
 *       {@code InstanceNormalization} and the opset-13 decomposition
 *       {@code (x - ReduceMean(x)) / Sqrt(ReduceMean(Pow(x - mean, 2)) + eps)} → norm;
 *       {@code Resize}, {@code Upsample} → resize.</li>
 * </ul>
 * Ops that move no data of their own ({@code Reshape}, {@code Flatten}, {@code Transpose},
 * {@code Squeeze}, {@code Unsqueeze}, {@code Identity}, {@code Dropout}, {@code Constant}, {@code Slice},
 * {@code Split}, {@code Gather} (also an embedding lookup), {@code Expand}, {@code Tile}, {@code Pad},
 * {@code Cast} of an activation; scatters, {@code Trilu}, {@code CumSum} and {@code GatherElements},
 * which update or pick elements in place) become no layer: their consumers read their producer's tensor, and a layer's input shape is what ONNX gives at
 * its input (so shapes need not chain across such ops: such workloads are built with
 * {@code ShapeCheck.NONE}). An fc layer reads its producer's output shape as it is when that holds its
 * inputs (a flatten moves nothing).
 *
 * <h2>Fusion</h2>
 * An element-wise op whose run-time operands all come from the same producers fuses into them: one
 * input and constants ({@code Relu}, {@code Clip}, {@code Sigmoid}, {@code HardSwish}, {@code Erf},
 * unfolded {@code BatchNormalization}, a {@code Mul}/{@code Add} by a constant, ...) or several inputs
 * that are all functions of the same layer's output (GELU's {@code x · (1 + erf(x/√2)) / 2}, swish
 * {@code x · sigmoid(x)}, decomposed hard-swish). On a graph input such an op fuses into the layers that
 * read it. Any other op stops the import with one line naming the node and its op type, never a silent
 * drop; so do operators of non-default domains.
 *
 * <h2>Branches and tasks</h2>
 * One branch per graph input (initializers listed as inputs are not inputs), named after it: a layer's
 * branch is the graph input it depends on, or {@code fusion} when it depends on several. One task per
 * graph output, named after it: a layer's task is the output it leads to, or none (shared) when it
 * leads to several. A graph output named by a number only (PyTorch's {@code 86} for an unnamed output)
 * or not at all is named after the node that produces it, its op and index in the graph
 * ({@code Gemm_37}), with a warning. Layers are named after their nodes (the first output's name for an
 * unnamed node). Names are kept as they are, whatever they hold; the YAML writer quotes them.
 *
 * <h2>Versions and limits</h2>
 * The importer knows operator sets up to {@value OnnxModelReader#NEWEST_OPSET} and IR versions up to
 * {@value OnnxModelReader#NEWEST_IR_VERSION} (ONNX 1.19). A newer file is read by those definitions, with
 * a warning on stderr, rather than refused: most operators do not change between opsets, and one that
 * did and is read wrongly shows as a shape the file's own {@code value_info} contradicts, or as an error
 * naming its node. A dimension of 0 or less is refused ("must be positive"), as are strides, dilations
 * and kernel sizes below 1, tensors whose element count overflows, and layers whose MACs, weights or
 * elements pass 2^53 (what the cost models count exactly).
 */
package io.h2hdse.workload.onnx;
