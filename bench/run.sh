#!/usr/bin/env bash
# Runs the benchmark with the project's own tools (Java and Maven) and writes bench/RESULTS.md.
# Usage: bench/run.sh [PAIRS] [SYNTHETIC_ENTRIES]     (defaults: 20 pairs, 100000 entries)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
cd "$home"
mkdir -p target
mvn -B -q -Dstyle.color=never -DskipTests package >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
hello="$(mktemp -d)"
trap 'rm -rf "$hello"' EXIT
javac -d "$hello" bench/Hello.java
# The collector the launcher gives 'aadfix index': the in-process builds are measured as the command runs them.
java -Xmx2g -XX:+UseParallelGC -cp target/aadfix.jar bench/Bench.java "$home" "$hello" "${1:-20}" "${2:-100000}"
