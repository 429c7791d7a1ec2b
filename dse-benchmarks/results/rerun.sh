#!/usr/bin/env bash
# Reruns the benchmarks behind README's performance tables into this folder (run from the repository
# root, on a machine as quiet as you can get; about 30 minutes):
#   evaluator.json    EvaluatorBenchmark (topological and rank, batch and full) and ZooEvaluatorBenchmark, JMH JSON,
#                     three forks a cell (a fork's JIT compiles the decoder its own way: one fork's cell can sit
#                     5-10 % off another's)
#   other.json        CostTableBenchmark and H2hBenchmark, JMH JSON
#   latency-bound.json LatencyBoundBenchmark beside ZooEvaluatorBenchmark on the same problems, JMH JSON
#   rank-cpu-ratio.md RankCpuRatio's table (batchRank against batch by thread CPU time, alternating)
#   solver-cpu-rate.md SolverCpuRate's table (solvers' evaluations per CPU-second against the evaluator's), three runs
# Each file's first lines (JSON: the uptime file beside it) record the machine's load when it ran.
# JMH_JAVA_OPTS is passed to the JMH launcher (e.g. -Djmh.ignoreLock=true where other JMH runs share the machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
results=dse-benchmarks/results
bin/with-jdk21 ./mvnw -B -ntp -o -q -pl dse-benchmarks -am package -DskipTests
jar=dse-benchmarks/target/benchmarks.jar
uptime > "$results/evaluator.uptime"
bin/with-jdk21 java ${JMH_JAVA_OPTS:-} -jar "$jar" 'bench\.(Zoo)?EvaluatorBenchmark\.' \
  -p layers=20,200,2000 -p accelerators=4 -p batchSize=64 -p weights=AMPLE,TIGHT \
  -f 3 -wi 3 -i 10 -w 1 -r 1 -rf json -rff "$results/evaluator.json"
uptime >> "$results/evaluator.uptime"
uptime > "$results/other.uptime"
bin/with-jdk21 java ${JMH_JAVA_OPTS:-} -jar "$jar" 'bench\.(CostTable|H2h)Benchmark\.' \
  -f 1 -wi 3 -i 5 -w 1 -r 1 -rf json -rff "$results/other.json"
uptime >> "$results/other.uptime"
uptime > "$results/latency-bound.uptime"
bin/with-jdk21 java ${JMH_JAVA_OPTS:-} -jar "$jar" 'bench\.(LatencyBound|ZooEvaluator)Benchmark\.' \
  -f 1 -wi 3 -i 5 -w 1 -r 1 -rf json -rff "$results/latency-bound.json"
uptime >> "$results/latency-bound.uptime"
{
  echo "<!-- $(uptime) -->"
  bin/with-jdk21 java -cp "$jar" io.h2hdse.bench.RankCpuRatio rounds=31
  echo "<!-- $(uptime) -->"
} > "$results/rank-cpu-ratio.md"
# Three JVMs: a solver's rate moves by a tenth and more from one JVM's JIT to another's (README).
for run in 1 2 3; do
  echo "<!-- $(uptime) -->"
  bin/with-jdk21 java -cp "$jar" io.h2hdse.bench.SolverCpuRate solvers=ga,nsga2,optaplanner warmup=2 runs=9
  echo "<!-- $(uptime) -->"
done > "$results/solver-cpu-rate.md"
