package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * {@code dse merge}: folds shard folders of one sweep into one results folder, the same files a
 * single run writes. Rows already in the target (from an earlier merge, or a run there) are kept and
 * not added again, so merging twice, or merging shards as they finish, gives the same folder.
 */
public final class SweepMerge {
    /**
     * How a merge went.
     *
     * @param added         rows copied from the shards now
     * @param alreadyThere  shard rows the target had already
     * @param missingJobs   jobs of the spec the target still lacks (shards not merged yet, failed jobs)
     * @param missingShards shard indexes none of the folders was
     */
    public record Outcome(
            String sweep, int jobs, int added, int alreadyThere, int missingJobs, List<Integer> missingShards) {}

    private SweepMerge() {}

    @SuppressWarnings("try") // the lock is held for the try's extent, never read
    public static Outcome merge(List<Path> shardFolders, Path out) {
        Instant started = Instant.now();
        if (shardFolders.isEmpty()) {
            throw new InvalidInputException("SHARD", "no shard folders given");
        }
        ShardFolder first = ShardFolder.read(shardFolders.getFirst());
        Set<Integer> seen = new TreeSet<>();
        int count = Shard.parse(
                        first.shard(),
                        shardFolders.getFirst().resolve(ShardFolder.FILE).toString())
                .count();
        for (Path folder : shardFolders) {
            ShardFolder shard = ShardFolder.read(folder);
            String where = folder.resolve(ShardFolder.FILE).toString();
            Shard part = Shard.parse(shard.shard(), where);
            if (!shard.fingerprint().equals(first.fingerprint()) || part.count() != count) {
                throw new InvalidInputException(
                        where,
                        "shard " + shard.shard() + " of sweep " + shard.sweep() + " (spec " + shard.spec()
                                + ") is not of the same spec as " + shardFolders.getFirst() + " (sweep " + first.sweep()
                                + ", spec " + first.spec()
                                + ", " + count + " shards): refusing to merge");
            }
            seen.add(part.index());
        }
        SweepSpec spec = SweepSpecReader.read(Path.of(first.spec()), Path.of(first.configs()));
        if (!ShardFolder.fingerprint(spec).equals(first.fingerprint())) {
            throw new InvalidInputException(
                    first.spec(), "changed since the shards ran (its jobs or inputs differ): rerun them or restore it");
        }
        Set<String> specJobs = new HashSet<>();
        spec.jobs().forEach(j -> specJobs.add(j.id()));
        List<String> header = SweepRunner.header(spec);
        JobFiles target = new JobFiles(out);
        int added = 0;
        int alreadyThere = 0;
        OutputFolder.prepare(out);
        try (ResultsLock lock = ResultsLock.acquire(out)) {
            try (RunsCsv runs = RunsCsv.open(
                    out.resolve(RunsCsv.FILE),
                    header,
                    spec.jobs().stream()
                            .map(j -> j.cells(spec.overrideColumns()))
                            .toList(),
                    target::readable)) {
                Set<String> recorded = new HashSet<>();
                for (Path folder : shardFolders) {
                    JobFiles source = new JobFiles(folder);
                    try (CSVParser rows = rows(folder.resolve(RunsCsv.FILE), header)) {
                        for (CSVRecord row : rows) {
                            String id = row.get("job_id");
                            if (!specJobs.contains(id)) {
                                throw new InvalidInputException(
                                        folder.resolve(RunsCsv.FILE).toString(),
                                        "job " + id + " is not a job of " + first.spec());
                            }
                            if (!row.isConsistent() || !source.exists(id)) {
                                continue; // not done, as for a resumed sweep
                            }
                            if (runs.recorded(id) || !recorded.add(id)) {
                                alreadyThere++;
                                continue;
                            }
                            source.copyTo(target, id);
                            runs.append(row.toList());
                            added++;
                        }
                    }
                }
            }
            SweepRunner.derive(spec, out, "merge of " + shardFolders.size() + " shard folders", 0, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> merged = RunsTable.read(out.resolve(RunsCsv.FILE)).ids();
        int missing = (int) specJobs.stream().filter(id -> !merged.contains(id)).count();
        List<Integer> missingShards =
                IntStream.range(0, count).filter(k -> !seen.contains(k)).boxed().toList();
        return new Outcome(spec.name(), specJobs.size(), added, alreadyThere, missing, missingShards);
    }

    /**
     * A shard's rows, without the half-written last row a killed shard may leave (the bytes after the
     * last newline); none if it has no runs.csv yet.
     */
    private static CSVParser rows(Path file, List<String> header) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        CSVParser parser = CSVParser.parse(
                text.substring(0, text.lastIndexOf('\n') + 1),
                RunsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get());
        if (!text.isEmpty() && !parser.getHeaderNames().equals(header)) {
            throw new InvalidInputException(
                    file.toString(),
                    "has columns " + String.join(",", parser.getHeaderNames())
                            + ", not those of the spec: refusing to merge");
        }
        return parser;
    }
}
