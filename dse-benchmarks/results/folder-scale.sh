#!/usr/bin/env bash
# Times the start of a resume and of a merge on a results folder of 100,000 jobs (FolderScale), into
# folder-scale.md. Makes the folder once under ${FOLDER_SCALE_DIR:-/tmp/folder-scale} (about 800 MB, a
# few minutes). BEFORE_JAR, if set, is a benchmarks.jar of an earlier version run alternately with this
# one on the same folder, its jobs/index.csv hidden (a version before the index has none) unless
# BEFORE_HAS_INDEX is set (a version that reads it). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."
results=dse-benchmarks/results
dir=${FOLDER_SCALE_DIR:-/tmp/folder-scale}
rounds=${ROUNDS:-3}
jar=dse-benchmarks/target/benchmarks.jar
[ -f "$jar" ] || bin/with-jdk21 ./mvnw -B -ntp -o -q -pl dse-benchmarks -am package -DskipTests
run() { bin/with-jdk21 java -cp "$1" io.h2hdse.bench.FolderScale "$2" "$dir" 2>/dev/null | grep -E '^(resume|merge) '; }
[ -d "$dir/shard/jobs" ] || bin/with-jdk21 java -cp "$jar" io.h2hdse.bench.FolderScale make "$dir"
{
  echo "<!-- $(uptime) -->"
  echo "| version | step | round | seconds from JVM start | CPU seconds |"
  echo "| --- | --- | --- | --- | --- |"
  for round in $(seq 1 "$rounds"); do
    for step in resume merge; do
      if [ -n "${BEFORE_JAR:-}" ]; then
        [ -n "${BEFORE_HAS_INDEX:-}" ] || mv "$dir/shard/jobs/index.csv" "$dir/index.csv.hidden"
        line=$(run "$BEFORE_JAR" "$step")
        [ -n "${BEFORE_HAS_INDEX:-}" ] || mv "$dir/index.csv.hidden" "$dir/shard/jobs/index.csv"
        echo "$line" | sed -E "s/^[a-z]+ wall_s=([0-9.]+) cpu_s=([0-9.]+).*/| before | $step | $round | \1 | \2 |/"
      fi
      run "$jar" "$step" | sed -E "s/^[a-z]+ wall_s=([0-9.]+) cpu_s=([0-9.]+).*/| this | $step | $round | \1 | \2 |/"
    done
  done
  echo "<!-- $(uptime) -->"
} > "$results/folder-scale.md"
cat "$results/folder-scale.md"
