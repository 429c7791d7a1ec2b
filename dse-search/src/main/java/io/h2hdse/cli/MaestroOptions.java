package io.h2hdse.cli;

import io.h2hdse.input.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MAESTRO's command line (its {@code option.hpp}), read the way boost::program_options reads it:
 * {@code --name=value} or {@code --name value}; a name may be shortened to any unique prefix
 * ({@code --noc_bw} is {@code --noc_bw_cstr}); booleans are true/false, yes/no, on/off or 1/0 in any
 * case; an option given twice, an unknown or ambiguous name, a stray word or a malformed value is an
 * error (one line, exit 2, where the binary aborts). Every option the binary accepts is accepted;
 * {@link #inert()} names those that change nothing in this model.
 */
final class MaestroOptions {
    enum Kind {
        FLAG,
        BOOL,
        INT,
        DOUBLE,
        TEXT
    }

    /** @param used false for the options MAESTRO's main parses but never reads (and that this model has no use for) */
    private record Spec(Kind kind, boolean used, String help) {}

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();
    /** As boost reads a bool, in any case; an empty value is true. */
    private static final Set<String> TRUE_WORDS = Set.of("", "true", "yes", "on", "1");

    private static final Set<String> FALSE_WORDS = Set.of("false", "no", "off", "0");

    static {
        spec("help", Kind.FLAG, true, "show this help and exit");
        spec("print_res", Kind.BOOL, true, "print the per-layer report (default true)");
        spec(
                "print_res_csv_file",
                Kind.TEXT,
                true,
                "true: append MAESTRO's CSV, one row per layer, to <mapping file's name up to its first dot>.csv "
                        + "in the working directory; a file name: write this project's CSV there, as --csv "
                        + "(default false; the binary's is true)");
        spec("csv", Kind.TEXT, true, "write this project's CSV (its own columns, one row per layer) to this file");
        spec("print_log_file", Kind.BOOL, false, "MAESTRO's per-case log.txt (not written here)");
        spec("msg_print_lv", Kind.INT, false, "MAESTRO's debug message level");
        spec("dataflow_file", Kind.TEXT, false, "unused by MAESTRO's main");
        spec("layer_file", Kind.TEXT, false, "unused by MAESTRO's main");
        spec("Mapping_file", Kind.TEXT, true, "MAESTRO .m network file with Dataflow blocks (required)");
        spec(
                "HW_file",
                Kind.TEXT,
                true,
                "MAESTRO hardware file; it replaces every hardware option below but num_simd_lanes");
        spec("offchip_bw_cstr", Kind.INT, true, "off-chip bandwidth, elements/cycle (default 70000)");
        spec("noc_bw_cstr", Kind.INT, true, "NoC bandwidth, elements/cycle (default 2147483647)");
        spec("noc_hops", Kind.INT, true, "average NoC hops (default 1)");
        spec(
                "noc_hop_latency",
                Kind.INT,
                true,
                "cycles per hop (default 0; a hardware file makes the latency NoC_NumHops)");
        spec("noc_mc_support", Kind.BOOL, false, "NoC multicast (always on in MAESTRO's analysis)");
        spec("top_bw_only", Kind.BOOL, false, "with --bw_sweep: MAESTRO's NoC bandwidth sweep (not supported)");
        spec("bw_sweep", Kind.BOOL, false, "with --top_bw_only: MAESTRO's NoC bandwidth sweep (not supported)");
        spec("num_pes", Kind.INT, true, "number of PEs (default 7)");
        spec("num_simd_lanes", Kind.INT, true, "MACs per PE per cycle (default 1)");
        spec("do_implicit_reduction", Kind.BOOL, false, "unused by MAESTRO's analysis");
        spec("do_fg_sync", Kind.BOOL, false, "unused by MAESTRO's analysis");
        spec("do_reduction_op", Kind.BOOL, false, "unused by MAESTRO's analysis");
        spec("full_buffer", Kind.BOOL, false, "unused by MAESTRO's analysis");
        spec("do_dse", Kind.BOOL, false, "unused by MAESTRO's main");
        spec("verbose", Kind.BOOL, false, "unused by MAESTRO's main");
        spec("print_design_space", Kind.BOOL, false, "unused by MAESTRO's main");
        spec("print_space", Kind.BOOL, false, "unused by MAESTRO's main");
        spec("l1_size_cstr", Kind.INT, true, "L1 size per PE, elements; checked only (default 2147483647)");
        spec("l2_size_cstr", Kind.INT, true, "L2 size, elements; checked only (default 2147483647)");
        spec("min_num_PEs", Kind.INT, false, "unused by MAESTRO's main");
        spec("min_noc_bw", Kind.INT, false, "unused by MAESTRO's main");
        spec("max_num_PEs", Kind.INT, false, "unused by MAESTRO's main");
        spec("max_noc_bw", Kind.INT, false, "unused by MAESTRO's main");
        spec("pe_tick", Kind.INT, false, "unused by MAESTRO's main");
        spec("bw_tick", Kind.INT, false, "unused by MAESTRO's main");
        spec("area_constraint", Kind.DOUBLE, false, "unused by MAESTRO's main");
        spec("power_constraint", Kind.DOUBLE, false, "unused by MAESTRO's main");
        spec("optimization_target", Kind.TEXT, false, "unused by MAESTRO's main");
    }

    private final Map<String, String> values;

    private MaestroOptions(Map<String, String> values) {
        this.values = values;
    }

    private static void spec(String name, Kind kind, boolean used, String help) {
        SPECS.put(name, new Spec(kind, used, help));
    }

    static MaestroOptions parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new InvalidInputException(
                        arg,
                        arg.startsWith("-")
                                ? "unrecognised option (MAESTRO's options are --name=value)"
                                : "unexpected word: MAESTRO takes no positional arguments");
            }
            int equals = arg.indexOf('=');
            String written = arg.substring(2, equals < 0 ? arg.length() : equals);
            String name = resolve(written);
            Spec spec = SPECS.get(name);
            String value;
            if (spec.kind() == Kind.FLAG) {
                if (equals >= 0) {
                    throw new InvalidInputException("--" + name, "takes no value");
                }
                value = "";
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new InvalidInputException("--" + name, "the required value is missing");
            }
            check(name, spec.kind(), value);
            if (values.put(name, value) != null) {
                throw new InvalidInputException("--" + name, "cannot be given more than once");
            }
        }
        return new MaestroOptions(values);
    }

    /** An exact name, else the one option it is a prefix of. */
    private static String resolve(String written) {
        if (SPECS.containsKey(written)) {
            return written;
        }
        List<String> matches =
                SPECS.keySet().stream().filter(name -> name.startsWith(written)).toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw new InvalidInputException(
                "--" + written,
                matches.isEmpty()
                        ? "unrecognised option (see dse maestro --help)"
                        : "is ambiguous: it starts --" + String.join(", --", matches));
    }

    private static void check(String name, Kind kind, String value) {
        switch (kind) {
            case BOOL -> bool(name, value);
            case INT -> {
                try {
                    Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("--" + name, "expected a 32-bit whole number, got '" + value + "'");
                }
            }
            case DOUBLE -> {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("--" + name, "expected a number, got '" + value + "'");
                }
            }
            case FLAG, TEXT -> {}
        }
    }

    private static boolean bool(String name, String value) {
        String word = value.toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return true;
        }
        if (FALSE_WORDS.contains(word)) {
            return false;
        }
        throw new InvalidInputException("--" + name, "expected true or false, got '" + value + "'");
    }

    /** A value boost::program_options reads as a boolean. */
    static boolean isBool(String value) {
        String word = value.toLowerCase(Locale.ROOT);
        return TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String text(String name) {
        return values.get(name);
    }

    boolean bool(String name, boolean fallback) {
        return has(name) ? bool(name, values.get(name)) : fallback;
    }

    /** The value of an integer option, or null when not given. */
    Long integer(String name) {
        String value = values.get(name);
        return value == null ? null : Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
    }

    /** The options given that change nothing in this model (nor, except --print_log_file, in MAESTRO's analysis). */
    List<String> inert() {
        List<String> names = new ArrayList<>();
        values.keySet().stream().filter(name -> !SPECS.get(name).used()).forEach(name -> names.add("--" + name));
        return names;
    }

    static String usage() {
        StringBuilder text = new StringBuilder(
                        "Usage: dse maestro --Mapping_file=FILE [--HW_file=FILE] [OPTION=VALUE]...\n")
                .append(
                        "Cost every layer of a MAESTRO mapping (.m) file as the MAESTRO binary (Kwon et al., MICRO 2019) does,\n")
                .append("with its options. A name may be shortened to a unique prefix; booleans take true/false.\n");
        SPECS.forEach((name, spec) -> text.append(String.format(
                Locale.ROOT,
                "  --%-22s %s%n",
                name + (spec.kind() == Kind.FLAG ? "" : "=" + spec.kind().name()),
                spec.help())));
        return text.append(
                        "Exit: 0 every layer costed, 1 some layer could not be (each named on stderr), 2 bad input.\n")
                .append("Example:\n  bin/dse maestro "
                        + "--HW_file=dse-core/src/test/resources/maestro/hw/hw_pe256.m "
                        + "--Mapping_file=dse-core/src/test/resources/maestro/mappings/resnet50_conv1__kcp_ws.m "
                        + "--print_res_csv_file=true\n"
                        + "  (MAESTRO's own input files, which dse-core's tests compare against the binary's output)\n")
                .toString();
    }
}
