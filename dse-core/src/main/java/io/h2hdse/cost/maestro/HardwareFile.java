package io.h2hdse.cost.maestro;

import io.h2hdse.input.InvalidInputException;
import io.h2hdse.input.TextFiles;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A MAESTRO hardware file: one {@code key: value} per line ({@code num_pes}, {@code l1_size_cstr},
 * {@code l2_size_cstr}, {@code noc_bw_cstr}, {@code offchip_bw_cstr}, {@code NoC_NumHops}). Missing keys
 * take MAESTRO's defaults: one PE, one hop, and no limit for the rest.
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

    public HardwareFile {
        values = Map.copyOf(values);
    }

    public static HardwareFile parse(Path file) {
        HardwareFile hardware = parse(file.toString(), TextFiles.read(file, "hardware file"));
        if (hardware.values().isEmpty()) {
            throw new InvalidInputException(file.toString(), "the hardware file sets nothing (expected 'key: value' lines, e.g. num_pes: 256)");
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
                throw new InvalidInputException(where, "unknown key '" + key + "' (expected one of num_pes, l1_size_cstr, "
                        + "l2_size_cstr, noc_bw_cstr, offchip_bw_cstr, NoC_NumHops)");
            }
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where, key + ": expected a whole number, got '" + value + "'");
            }
            if (number <= 0) {
                throw new InvalidInputException(where, key + ": must be positive, got " + number);
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
        return new Hardware(Math.toIntExact(get(NUM_PES, 1)), get(L1_SIZE, UNLIMITED), get(L2_SIZE, UNLIMITED),
                get(NOC_BW, UNLIMITED), get(OFFCHIP_BW, UNLIMITED), get(NOC_HOPS, 1), 1);
    }
}
