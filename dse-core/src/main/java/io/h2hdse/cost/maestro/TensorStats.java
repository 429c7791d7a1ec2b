package io.h2hdse.cost.maestro;

/**
 * Buffer accesses and buffer needs of one tensor over one layer, in elements.
 *
 * @param l2SizeReq double-buffered L2 tile the top level needs
 * @param l1SizeReq double-buffered tile one PE needs
 */
public record TensorStats(long l2Read, long l2Write, long l1Read, long l1Write, long l2SizeReq, long l1SizeReq) {
    boolean nonNegative() {
        return l2Read >= 0 && l2Write >= 0 && l1Read >= 0 && l1Write >= 0 && l2SizeReq >= 0 && l1SizeReq >= 0;
    }
}
