package io.h2hdse.cost.maestro;

import java.util.stream.LongStream;

/**
 * A pool, eltwise or concat layer on a MAESTRO accelerator. Such ops have no reuse for a dataflow to
 * exploit, so they are streamed: every input element comes from DRAM into L2, crosses the NoC to a
 * PE, is operated on and the result goes back through L2 to DRAM. The PE array does {@code ops}
 * elementary operations, one per PE per cycle, overlapped (double-buffered, as MAESTRO assumes) with
 * the transfers on the NoC and off chip, where input and output travel on separate channels as in
 * MAESTRO's off-chip term.
 *
 * <p>Energy counts every buffer access the way MAESTRO counts a tensor without reuse, in MAC-energy
 * units: each input and output element is written to and read from L2 once and L1 once, except that
 * the ALU reads its operands from L1 {@code operandReads} times (a pooling window re-reads the
 * elements it shares with its neighbours); an elementary operation costs one MAC.
 *
 * @param ops          elementary operations (compare, add, multiply), 0 for concat
 * @param elementsIn   input elements, over all inputs
 * @param elementsOut  output elements
 * @param operandReads L1 reads of input elements by the ALU
 */
record StreamedOp(long ops, long elementsIn, long elementsOut, long operandReads) implements MaestroWork {
    StreamedOp {
        if (ops < 0 || elementsIn <= 0 || elementsOut <= 0 || operandReads < 0) {
            throw new IllegalArgumentException(
                    "a streamed op needs non-negative ops and operand reads and some input and output");
        }
    }

    long cycles(Hardware hardware) {
        return LongStream.of(
                        Math.ceilDiv(ops, hardware.numPes()),
                        Math.ceilDiv(elementsIn, hardware.nocBandwidth()),
                        Math.ceilDiv(elementsOut, hardware.nocBandwidth()),
                        Math.ceilDiv(elementsIn, hardware.offchipBandwidth()),
                        Math.ceilDiv(elementsOut, hardware.offchipBandwidth()))
                .max()
                .orElseThrow();
    }

    Energy energy() {
        long elements = elementsIn + elementsOut;
        return Energy.of(elements, elements, operandReads + elementsOut, elements, ops);
    }
}
