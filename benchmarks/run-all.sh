#!/usr/bin/env bash
# The benchmark runs behind docs/performance.md. Takes about 20 minutes on 2 cores; writes every
# JMH result as JSON, and every log, into benchmarks/target/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -DskipTests -pl benchmarks -am install
J=benchmarks/target/benchmarks.jar
R=benchmarks/target/results
mkdir -p "$R"
# engine vs oracle, single thread, µs per decision
java -jar $J DecisionBenchmark -f 1 -wi 10 -w 3s -i 5 -r 3s -rf json -rff $R/decision.json | tee $R/decision.txt
# engine throughput on one thread, then on both cores (the ratio is the multi-thread figure; two
# threads need the longer warm-up to settle)
java -jar $J 'DecisionBenchmark.engine' -f 1 -wi 20 -w 3s -i 5 -r 3s -t 1 -bm thrpt -tu s -rf json -rff $R/throughput-t1.json | tee $R/throughput-t1.txt
java -jar $J 'DecisionBenchmark.engine' -f 1 -wi 20 -w 3s -i 5 -r 3s -t 2 -bm thrpt -tu s -rf json -rff $R/throughput.json | tee $R/throughput.txt
# the Spring Boot starter's measured decisions (a Micrometer timer) against the engine's own
java -jar $J StarterBenchmark -f 1 -wi 10 -w 3s -i 5 -r 3s -rf json -rff $R/starter.json | tee $R/starter.txt
# the same applications on 61 and on 8,302 items
java -jar $J ScaleBenchmark -f 1 -wi 10 -w 3s -i 5 -r 3s -jvmArgs -Xmx8g -rf json -rff $R/scale.json | tee $R/scale.txt
# the peer: Drools DMN eligibility only, against the full decision, same applications
java -jar $J DmnBenchmark -f 1 -wi 10 -w 3s -i 5 -r 3s -rf json -rff $R/dmn.json | tee $R/dmn.txt
# bare YAML parsing against the full load (parse, schema, semantic checks, engine build), 8,302 items
java -jar $J LoadBenchmark -f 1 -wi 0 -i 2 -jvmArgs -Xmx8g -rf json -rff $R/load.json | tee $R/load.txt
# one full load with its peak heap, and the generated catalogue's report
java -Xmx8g -cp $J io.github.tongban.benchmarks.LoadMeasure 8302 benchmarks/target/synthetic-8302 | tee $R/load-measure.txt
# screening 100,000 residents against three items, end to end through the command line
java -cp $J io.github.tongban.benchmarks.ResidentGenerator benchmarks/target/residents-100k.jsonl 100000
/usr/bin/time -v ./tongban screen --items 620300-MZ-001,620300-MZ-002,620300-YB-001 \
  --residents benchmarks/target/residents-100k.jsonl --out benchmarks/target/screened.jsonl --date 2026-03-02 --lang en \
  2>&1 | tee $R/screen.txt
