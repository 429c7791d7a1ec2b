package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A MAESTRO hardware file: one {@code key: value} per line ({@code num_pes}, {@code l1_size_cstr},
 * {@code l2_size_cstr}, {@code noc_bw_cstr}, {@code offchip_bw_cstr}, {@code NoC_NumHops}). Missing keys
 * take MAESTRO's defaults: one PE, one hop, and no limit for the rest. Values are MAESTRO's 32-bit ints.
 *
 * <p>Also MAESTRO's hardware without a file ({@link #commandLine}): its command-line options and their
 * defaults (7 PEs, 70,000 elements/cycle off chip, no NoC latency). As in MAESTRO, a hardware file
 * replaces every one of those options except {@code num_simd_lanes}.
 */
public record HardwareFile(Map<String, Long> values) {
    public static final String NUM_PES = "num_pes";
    public static final String L1_SIZE = "l1_size_cstr";
    public static final String L2_SIZE = "l2_size_cstr";
    public static final String NOC_BW = "noc_bw_cstr";
    public static final String OFFCHIP_BW = "offchip_bw_cstr";
    public static final String NOC_HOPS = "NoC_NumHops";
    private static final Set<String> KEYS = Set.of(NUM_PES, L1_SIZE, L2_SIZE, NOC_BW, OFFCHIP_BW, NOC_HOPS);
    /** MAESTRO's "unconstrained": INT_MAX. */
    public static final long UNLIMITED = Integer.MAX_VALUE;

    /**
     * MAESTRO's command-line options for the hardware are named as on its command line: the file's
     * keys above but {@code NoC_NumHops}, and these.
     */
    public static final String OPT_NOC_HOPS = "noc_hops";

    public static final String OPT_NOC_HOP_LATENCY = "noc_hop_latency";
    public static final String OPT_SIMD_LANES = "num_simd_lanes";
    /** The options a hardware file replaces (all but the SIMD lanes). */
    public static final Set<String> REPLACED_BY_FILE =
            Set.of(NUM_PES, L1_SIZE, L2_SIZE, NOC_BW, OFFCHIP_BW, OPT_NOC_HOPS, OPT_NOC_HOP_LATENCY);

    private static final Map<String, Long> COMMAND_LINE_DEFAULTS = Map.of(
            NUM_PES,
            7L,
            L1_SIZE,
            UNLIMITED,
            L2_SIZE,
            UNLIMITED,
            NOC_BW,
            UNLIMITED,
            OFFCHIP_BW,
            70000L,
            OPT_NOC_HOPS,
            1L,
            OPT_NOC_HOP_LATENCY,
            0L,
            OPT_SIMD_LANES,
            1L);

    public HardwareFile {
        values = Map.copyOf(values);
    }

    public static HardwareFile parse(Path file) {
        HardwareFile hardware = parse(file.toString(), TextFiles.read(file, "hardware file"));
        if (hardware.values().isEmpty()) {
            throw new InvalidInputException(
                    file.toString(), "the hardware file sets nothing (expected 'key: value' lines, e.g. num_pes: 256)");
        }
        return hardware;
    }

    public static HardwareFile parse(String source, String text) {
        Map<String, Long> values = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int comment = line.indexOf("//");
            if (comment >= 0) {
                line = line.substring(0, comment).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new InvalidInputException(where, "expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!KEYS.contains(key)) {
                throw new InvalidInputException(
                        where,
                        "unknown key '" + key + "' (expected one of num_pes, l1_size_cstr, "
                                + "l2_size_cstr, noc_bw_cstr, offchip_bw_cstr, NoC_NumHops)");
            }
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where, key + ": expected a whole number, got '" + value + "'");
            }
            if (number <= 0 || number > Integer.MAX_VALUE) {
                throw new InvalidInputException(
                        where,
                        key + ": must be a positive 32-bit number (1 to " + Integer.MAX_VALUE + ") as in MAESTRO, got "
                                + number);
            }
            if (values.put(key, number) != null) {
                throw new InvalidInputException(where, key + " is given twice");
            }
        }
        return new HardwareFile(values);
    }

    public long get(String key, long fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** The hardware as MAESTRO runs it from this file: every NoC transfer pays NoC_NumHops cycles. */
    public Hardware toHardware() {
        return toHardware(1);
    }

    /** @param simdLanes MACs per PE per cycle: the one command-line option a hardware file leaves alone */
    public Hardware toHardware(int simdLanes) {
        return new Hardware(
                (int) get(NUM_PES, 1),
                get(L1_SIZE, UNLIMITED),
                get(L2_SIZE, UNLIMITED),
                get(NOC_BW, UNLIMITED),
                get(OFFCHIP_BW, UNLIMITED),
                get(NOC_HOPS, 1),
                simdLanes);
    }

    /**
     * The hardware as MAESTRO runs it without a file: the given command-line options (keyed by option name,
     * already checked positive, latency non-negative, all within 32 bits), MAESTRO's defaults for the rest.
     * The NoC latency is hops x hop latency.
     */
    public static Hardware commandLine(Map<String, Long> options) {
        Map<String, Long> all = new HashMap<>(COMMAND_LINE_DEFAULTS);
        all.putAll(options);
        return new Hardware(
                Math.toIntExact(all.get(NUM_PES)),
                all.get(L1_SIZE),
                all.get(L2_SIZE),
                all.get(NOC_BW),
                all.get(OFFCHIP_BW),
                all.get(OPT_NOC_HOPS) * all.get(OPT_NOC_HOP_LATENCY),
                Math.toIntExact(all.get(OPT_SIMD_LANES)));
    }
}
