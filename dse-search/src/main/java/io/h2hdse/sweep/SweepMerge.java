package io.h2hdse.sweep;

import io.h2hdse.input.InvalidInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * {@code dse merge}: folds shard folders of one sweep into one results folder, the same files a
 * single run writes. Rows already in the target (from an earlier merge, or a run there) are kept and
 * not added again, so merging twice, or merging shards as they finish, gives the same folder.
 *
 * <p>Every shard is checked whole before anything is written to the target: its rows parse, each is a
 * job of the spec and of that shard with the spec's key cells (no unknown grid value), and each job file
 * decompresses to that job. A shard that fails is refused naming its file and line, so the target stays
 * as it was, and mergeable. The target may not be a shard folder, and each shard index comes once.
 */
public final class SweepMerge {
    /**
     * How a merge went.
     *
     * @param added         rows copied from the shards now
     * @param alreadyThere  shard rows the target had already
     * @param missingJobs   jobs of the spec the target still lacks (shards not merged yet, failed jobs)
     * @param missingShards the shard indexes of those jobs, ascending
     * @param shards        how many shards the sweep was split into
     */
    public record Outcome(
            String sweep,
            int jobs,
            int added,
            int alreadyThere,
            int missingJobs,
            List<Integer> missingShards,
            int shards) {}

    /**
     * Chooses the designs of a sweep whose explore searches them ({@link SweepSpec#searchesDesigns}) from the rows
     * recorded in the shards and the target (job id → row): the spec whose jobs the merge expects.
     */
    public interface Designs {
        SweepSpec choose(SweepSpec spec, Map<String, RunsTable.Run> recorded);
    }

    /** A shard's row that passed every check, with its job file. */
    private record Checked(RunsTable.Run run, JobFiles source) {
        String jobId() {
            return run.jobId();
        }

        /** The row's cells in {@code header}'s order, made as it is written: 100,000 rows checked hold no second copy. */
        List<String> cells(List<String> header) {
            return header.stream().map(run.cells()::get).toList();
        }
    }

    /** What a shard row's job file turned out to be. */
    private enum JobFile {
        MISSING,
        WHOLE,
        DAMAGED,
        ANOTHER_JOB;

        static JobFile of(JobFiles source, String jobId, Map<String, JobIndex.Entry> indexed) {
            if (source.indexedWhole(jobId, indexed)) {
                return WHOLE; // as it mostly is: one read, no look-up of the file first
            }
            if (!source.exists(jobId)) {
                return MISSING;
            }
            try {
                return jobId.equals(source.jobOf(jobId, indexed)) ? WHOLE : ANOTHER_JOB;
            } catch (UncheckedIOException e) {
                return DAMAGED;
            }
        }
    }

    private SweepMerge() {}

    /** A merge checked and not yet written: the spec re-read, and every shard row that passed the checks. */
    private record Plan(SweepSpec spec, int shards, int shardFolders, List<Checked> rows) {}

    /** Merges shards of a sweep without a design search. */
    public static Outcome merge(List<Path> shardFolders, Path out) {
        return merge(shardFolders, out, (spec, recorded) -> {
            throw new IllegalStateException(spec.name() + " searches its designs: give the merge its Designs");
        });
    }

    /** Checks the shards ({@link #plan}), then writes the merge; {@code designs} chooses a design search's jobs. */
    public static Outcome merge(List<Path> shardFolders, Path out, Designs designs) {
        Instant started = Instant.now();
        return write(plan(shardFolders, out, designs), out, started);
    }

    /**
     * Everything {@link #merge} checks before it writes: the target is not a shard folder, the shards are
     * of one spec, once each, and the spec is as they ran it; every shard row and job file passes
     * {@link #check}. Writes nothing.
     */
    private static Plan plan(List<Path> shardFolders, Path out, Designs designs) {
        if (shardFolders.isEmpty()) {
            throw new InvalidInputException("SHARD", "no shard folders given");
        }
        ShardFolder.refuseAsTarget(out, "merge into another --out");
        ShardFolder first = ShardFolder.read(shardFolders.getFirst());
        int count = Shard.parse(
                        first.shard(),
                        shardFolders.getFirst().resolve(ShardFolder.FILE).toString())
                .count();
        Map<Path, Shard> parts = new LinkedHashMap<>();
        Map<Integer, Path> byIndex = new TreeMap<>();
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
            Path twin = byIndex.putIfAbsent(part.index(), folder);
            if (twin != null) {
                throw new InvalidInputException(
                        where,
                        "shard " + part + " again (" + twin + " is shard " + part + " too): give each shard once");
            }
            parts.put(folder, part);
        }
        // The shards ran these contents (the fingerprint says so below): their points compiled then.
        SweepSpec read = SweepSpecReader.readUnchecked(Path.of(first.spec()), Path.of(first.configs()));
        if (!ShardFolder.fingerprint(read).equals(first.fingerprint())) {
            throw new InvalidInputException(
                    first.spec(), "changed since the shards ran (its jobs or inputs differ): rerun them or restore it");
        }
        SweepSpec spec = read.searchesDesigns() ? designs.choose(read, recordedRows(with(shardFolders, out))) : read;
        Map<String, JobKey> specJobs = spec.jobsById();
        List<String> header = SweepRunner.header(spec);
        List<Checked> rows = new ArrayList<>();
        parts.forEach((folder, part) -> rows.addAll(check(folder, part, spec, specJobs, header)));
        return new Plan(spec, count, shardFolders.size(), rows);
    }

    @SuppressWarnings("try") // the lock is held for the try's extent, never read
    private static Outcome write(Plan plan, Path out, Instant started) {
        SweepSpec spec = plan.spec();
        List<String> header = SweepRunner.header(spec);
        Map<String, JobKey> jobs = spec.jobsById();
        JobFiles target = new JobFiles(out);
        int added = 0;
        int alreadyThere = 0;
        OutputFolder.prepare(out);
        try (ResultsLock lock = ResultsLock.acquire(out)) {
            try (RunsCsv runs =
                    RunsCsv.open(out.resolve(RunsCsv.FILE), header, jobs, spec.overrideColumns(), target::whole)) {
                Set<String> recorded = new HashSet<>();
                for (Checked row : plan.rows()) {
                    if (runs.recorded(row.jobId()) || !recorded.add(row.jobId())) {
                        alreadyThere++;
                        continue;
                    }
                    row.source().copyTo(target, row.jobId());
                    runs.append(row.cells(header));
                    added++;
                }
            }
            SweepRunner.derive(spec, out, "merge of " + plan.shardFolders() + " shard folders", 0, started);
        }
        Set<String> merged = RunsTable.read(out.resolve(RunsCsv.FILE)).ids();
        List<String> missing =
                jobs.keySet().stream().filter(id -> !merged.contains(id)).toList();
        int count = plan.shards();
        List<Integer> missingShards = IntStream.range(0, count)
                .filter(k -> missing.stream().anyMatch(id -> new Shard(k, count).contains(id)))
                .boxed()
                .toList();
        return new Outcome(spec.name(), jobs.size(), added, alreadyThere, missing.size(), missingShards, count);
    }

    private static List<Path> with(List<Path> folders, Path other) {
        List<Path> all = new ArrayList<>(folders);
        all.add(other);
        return all;
    }

    /**
     * The rows of these results folders whose job file is there (the first of each job; none of a folder
     * without runs.csv), unchecked against a spec (a merge checks them once their rows chose its designs); a
     * half-written last row is left out.
     */
    public static Map<String, RunsTable.Run> recordedRows(List<Path> folders) {
        Map<String, RunsTable.Run> rows = new HashMap<>();
        for (Path folder : folders) {
            Path file = folder.resolve(RunsCsv.FILE);
            String text = wholeLines(file);
            if (text.isEmpty()) {
                continue;
            }
            JobFiles files = new JobFiles(folder);
            for (RunsTable.Run run : RunsTable.parse(file, text).runs()) {
                if (files.exists(run.jobId())) {
                    rows.putIfAbsent(run.jobId(), run);
                }
            }
        }
        return rows;
    }

    /** The file's text up to its last newline (empty if there is no file). */
    private static String wholeLines(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.substring(0, text.lastIndexOf('\n') + 1);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "not UTF-8 text: not a runs.csv");
        } catch (IOException e) {
            throw OutputFolder.problem(file, e);
        }
    }

    /**
     * A shard's rows, checked: each parses, is a job of the spec and of the shard with the spec's key
     * cells, and has a job file that reads back as that job. The half-written last row a killed shard may
     * leave (the bytes after the last newline) and rows whose job file is missing (a job not finished)
     * are left out, as a resumed sweep would.
     */
    private static List<Checked> check(
            Path folder, Shard part, SweepSpec spec, Map<String, JobKey> specJobs, List<String> header) {
        Path file = folder.resolve(RunsCsv.FILE);
        String text = wholeLines(file);
        if (text.isEmpty()) {
            return List.of();
        }
        RunsTable table = RunsTable.parse(file, text);
        if (!table.header().equals(header)) {
            throw new InvalidInputException(
                    file.toString(),
                    "has columns " + String.join(",", table.header()) + ", not those of the spec: refusing to merge");
        }
        List<RunsTable.Run> keyed = new ArrayList<>();
        IdentityHashMap<SystemPoint, String> areas =
                new IdentityHashMap<>(); // a point's jobs share it; its area builds its system
        List<Knob> overrideColumns = spec.overrideColumns();
        for (RunsTable.Run run : table.runs()) {
            String id = run.jobId();
            JobKey job = specJobs.get(id);
            if (job == null) {
                throw new InvalidInputException(
                        file + ": line " + run.line(),
                        "job " + id + " is not a job of " + spec.name() + ": refusing to merge");
            }
            if (!part.contains(id)) {
                throw new InvalidInputException(
                        file + ": line " + run.line(),
                        "job " + id + " is not of shard " + part + ", which this folder holds: refusing to merge");
            }
            Map<String, String> expected = job.keyCells(overrideColumns);
            expected.put(RunsCsv.AREA, areas.computeIfAbsent(job.system(), SystemPoint::areaCell));
            for (Map.Entry<String, String> cell : expected.entrySet()) {
                if (!cell.getValue().equals(run.cells().get(cell.getKey()))) {
                    throw new InvalidInputException(
                            file + ": line " + run.line(),
                            cell.getKey() + " is '" + run.cells().get(cell.getKey()) + "' where job " + id
                                    + " of the spec has '" + cell.getValue() + "': refusing to merge");
                }
            }
            keyed.add(run);
        }
        JobFiles source = new JobFiles(folder);
        Map<String, JobIndex.Entry> indexed = source.indexed();
        // Each check reads a job file: run on several threads, the first failure in row order reported.
        List<JobFile> files = JobFiles.onFileThreads(() -> keyed.parallelStream()
                .map(run -> JobFile.of(source, run.jobId(), indexed))
                .toList());
        List<Checked> rows = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            RunsTable.Run run = keyed.get(i);
            String id = run.jobId();
            String row = "line " + run.line() + " of " + file;
            switch (files.get(i)) {
                case MISSING -> {
                    continue; // not done, as for a resumed sweep
                }
                case ANOTHER_JOB ->
                    throw new InvalidInputException(
                            source.file(id).toString(),
                            "holds another job than " + id + " (" + row + "): refusing to merge");
                case DAMAGED ->
                    throw new InvalidInputException(
                            source.file(id).toString(),
                            "damaged (not the file written for the job, or not a gzip-compressed job file; its row is "
                                    + row + "): refusing to merge; rerun the shard to recompute it");
                case WHOLE -> rows.add(new Checked(run, source));
            }
        }
        return rows;
    }
}
