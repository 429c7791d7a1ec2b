package io.h2hdse.cost.maestro;

/**
 * MAESTRO's activity-count energy, in units of one MAC's energy: an L2 access costs 18.61, an L1
 * access 1.68 (MAESTRO's {@code BASE_constants.hpp}). There is no DRAM or NoC term.
 */
public record Energy(double l2Read, double l2Write, double l1Read, double l1Write, double mac) {
    public static final double L2_ACCESS = 18.61;
    public static final double L1_ACCESS = 1.68;

    static Energy of(long l2Reads, long l2Writes, long l1Reads, long l1Writes, long macs) {
        return new Energy(L2_ACCESS * l2Reads, L2_ACCESS * l2Writes, L1_ACCESS * l1Reads, L1_ACCESS * l1Writes, macs);
    }

    /** This energy {@code times} over. */
    Energy times(double times) {
        return new Energy(l2Read * times, l2Write * times, l1Read * times, l1Write * times, mac * times);
    }

    Energy plus(Energy other) {
        return new Energy(
                l2Read + other.l2Read,
                l2Write + other.l2Write,
                l1Read + other.l1Read,
                l1Write + other.l1Write,
                mac + other.mac);
    }

    public double total() {
        return l2Read + l2Write + l1Read + l1Write + mac;
    }
}
