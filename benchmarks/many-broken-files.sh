#!/usr/bin/env bash
# The bounded-loader check behind docs/security.md ("problems per catalogue"): a catalogue of
# 99,900 broken item files (each with 19 schema problems) validated under a 512 MiB heap. Prints
# how many problem lines came out (at most the cap of 1,000 plus "N more problems not shown") and
# the process's peak memory. Takes about a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-99900}
jar=cli/target/tongban-cli-0.1.0-SNAPSHOT-all.jar
[ -f "$jar" ] || mvn -q -B -ntp -DskipTests -pl cli -am package
dir=benchmarks/target/many-broken-files
rm -rf "$dir"
mkdir -p "$dir/items"
cp catalog/sample/catalogue.yaml catalog/sample/facts.yaml catalog/sample/regions.yaml catalog/sample/parameters.yaml "$dir/"
cp -r catalog/sample/calendar "$dir/"
# one broken item file, copied: every key of the wrong type
python3 - "$dir/items" "$files" <<'PY'
import sys, os
folder, n = sys.argv[1], int(sys.argv[2])
body = "".join(f"k{i}: [{i}]\n" for i in range(19))
for i in range(n):
    with open(os.path.join(folder, f"X-{i:06d}.yaml"), "w") as f:
        f.write(body)
PY
out=benchmarks/target/many-broken-files.txt
set +e
/usr/bin/time -v java -Xmx512m -jar "$jar" validate "$dir" --lang en > "$out" 2> benchmarks/target/many-broken-files.time
code=$?
set -e
echo "exit code: $code (1 = errors found, as expected)"
echo "problem lines: $(grep -c ': error \|: warning ' "$out")"
tail -3 "$out"
grep -E "Maximum resident|Elapsed" benchmarks/target/many-broken-files.time
