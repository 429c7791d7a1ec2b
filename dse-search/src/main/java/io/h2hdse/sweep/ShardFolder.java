package io.h2hdse.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.output.OutputFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code shard.json}, written when a shard run starts (before any job, so a killed shard has it too):
 * which sweep, which shard, and where the spec is, so that {@code dse merge} can check that its
 * shards belong together and re-read the spec to derive the merged files.
 *
 * @param sweep       the sweep's name
 * @param fingerprint {@link #fingerprint} of the spec
 * @param shard       {@code K/N}
 * @param spec        the spec file, absolute
 * @param configs     where system names resolve, absolute
 */
public record ShardFolder(String sweep, String fingerprint, String shard, String spec, String configs) {
    public static final String FILE = "shard.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Marks {@code out} as shard {@code shard} of the spec; refuses a folder that holds another shard or another spec's shard. */
    public static void begin(Path out, SweepSpec spec, Shard shard, Path specFile, Path configs) {
        ShardFolder folder = new ShardFolder(
                spec.name(),
                fingerprint(spec),
                shard.toString(),
                specFile.toAbsolutePath().normalize().toString(),
                configs.toAbsolutePath().normalize().toString());
        Path file = out.resolve(FILE);
        try {
            if (!Files.exists(file) && Files.exists(out.resolve(RunsCsv.FILE))) {
                throw new InvalidInputException(
                        out.toString(), "holds the results of a whole sweep, not of a shard; use another --out");
            }
            if (Files.exists(file)) {
                ShardFolder there = read(out);
                if (!there.fingerprint.equals(folder.fingerprint) || !there.shard.equals(folder.shard)) {
                    throw new InvalidInputException(
                            file.toString(),
                            "holds shard " + there.shard + " of sweep " + there.sweep + " (spec " + there.spec
                                    + "), not shard " + shard + " of this spec; use another --out");
                }
                return;
            }
            OutputFolder.prepare(out);
            OutputFile.writeString(file, JSON.writeValueAsString(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // serialising a record of strings does not fail
        }
    }

    /**
     * Refuses to write a whole run ({@code dse merge}'s target, a sweep without {@code --shard}) into a
     * shard folder: its rows would mix with the shard's, and merging it would take them as the shard's.
     */
    public static void refuseAsTarget(Path out, String advice) {
        if (Files.exists(out.resolve(FILE))) {
            ShardFolder there = read(out);
            throw new InvalidInputException(
                    out.toString(),
                    "is the folder of shard " + there.shard + " of sweep " + there.sweep + "; " + advice);
        }
    }

    static ShardFolder read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(
                    file.toString(),
                    "not found: " + folder + " is not a shard folder (dse sweep --shard K/N --out DIR writes it)");
        }
        try {
            return JSON.readValue(file.toFile(), ShardFolder.class);
        } catch (IOException e) {
            throw new InvalidInputException(
                    file.toString(),
                    "unreadable: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /**
     * What makes two runs parts of one sweep: the name, the runs.csv columns, every job id in order and
     * the content hashes of the inputs (not the paths they were read from).
     */
    public static String fingerprint(SweepSpec spec) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((spec.name() + "\n" + String.join(",", SweepRunner.header(spec)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            spec.jobsById().keySet().forEach(id -> digest.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
            spec.inputs().values().stream()
                    .sorted()
                    .forEach(h -> digest.update((h + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
