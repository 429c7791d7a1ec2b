package io.h2hdse.spark;

import io.h2hdse.input.InvalidInputException;
import org.apache.spark.scheduler.ExternalClusterManager;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark master URL checked as Spark's {@code SparkContext} reads it, but before anything starts, so that
 * a mistyped {@code --master} is one line and the sweep has not touched its results folder: {@code local},
 * {@code local[N]} or {@code local[*]} (N ≥ 1), {@code local[N,F]}, {@code local-cluster[W,C,M]},
 * {@code spark://HOST:PORT[,HOST:PORT...]}, or a URL one of the installed cluster managers takes (YARN,
 * Kubernetes, when their modules are on the classpath).
 */
final class SparkMaster {
    private static final Pattern LOCAL = Pattern.compile("local\\[([0-9]+|\\*)(?:\\s*,\\s*([0-9]+))?]");
    private static final Pattern LOCAL_CLUSTER =
            Pattern.compile("local-cluster\\[\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*,\\s*([0-9]+)\\s*]");
    private static final String FORMS =
            "local, local[N], local[*], local[N,F], local-cluster[W,C,M] or " + "spark://HOST:PORT[,HOST:PORT...]";

    private SparkMaster() {}

    static void check(String master) {
        if (master.equals("local")) {
            return;
        }
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            if (!local.group(1).equals("*") && positive(master, local.group(1)) < 1) {
                refuse(master, "a local master runs at least 1 thread (local[N] with N >= 1, or local[*])");
            }
            if (local.group(2) != null) {
                positive(master, local.group(2));
            }
            return;
        }
        Matcher cluster = LOCAL_CLUSTER.matcher(master);
        if (cluster.matches()) {
            for (int g = 1; g <= 3; g++) {
                if (positive(master, cluster.group(g)) < 1) {
                    refuse(master, "local-cluster[W,C,M] needs at least 1 worker, 1 core and 1 MB");
                }
            }
            return;
        }
        if (master.startsWith("spark://")) {
            for (String address : master.substring("spark://".length()).split(",", -1)) {
                checkStandalone(master, address);
            }
            return;
        }
        for (ExternalClusterManager manager : ServiceLoader.load(ExternalClusterManager.class)) {
            if (manager.canCreate(master)) {
                return;
            }
        }
        refuse(master, "not a Spark master URL: give " + FORMS + " (no installed cluster manager takes it)");
    }

    /** One {@code HOST:PORT} of a standalone master, as Spark's {@code RpcAddress.fromSparkURL} takes it. */
    private static void checkStandalone(String master, String address) {
        try {
            URI uri = new URI("spark://" + address);
            if (uri.getHost() != null
                    && uri.getPort() > 0
                    && (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // the one message below
        }
        refuse(master, "'" + address + "' is not HOST:PORT (a standalone master is spark://HOST:PORT[,HOST:PORT...])");
    }

    private static int positive(String master, String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            refuse(master, "'" + digits + "' is too large a number");
            return 0;
        }
    }

    private static void refuse(String master, String reason) {
        throw new InvalidInputException("--master", "'" + master + "': " + reason);
    }
}
