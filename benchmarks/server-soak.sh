#!/usr/bin/env bash
# Memory soak of the workflow server: starts ./matforge serve on a fresh home (free port), submits N training
# workflows one after another (each waits for the previous: real DL4J training of a small MLP ensemble and VAE,
# sampling, prediction, report) and prints the server's resident memory (VmRSS) after each, to see it level off.
# Usage: benchmarks/server-soak.sh [runs=30]   (needs runtime/target/matforge.jar)
#   SOAK_EPOCHS=N   training epochs of the ensemble and the VAE in each run (default 30)
#   SOAK_RELEASE=false  the orchestrator's releaseMemoryAfterRuns (default true): false measures without the release
#   MATFORGE_JAVA_OPTS, MALLOC_ARENA_MAX: as for ./matforge serve
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-30}"
home="$(mktemp -d "${TMPDIR:-/tmp}/matforge-soak.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$home/conf"
printf 'port=%s\n' "$port" > "$home/conf/org.matforge.server.cfg"
printf 'releaseMemoryAfterRuns=%s\n' "${SOAK_RELEASE:-true}" > "$home/conf/org.matforge.orchestrator.cfg"
MATFORGE_HOME="$home" MATFORGE_TOKENS_OUT="$home/tokens.json" "$here/matforge" serve > "$home/serve.out" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/api/v1/ready" >/dev/null 2>&1 && [[ -f "$home/tokens.json" ]] && break
  sleep 1
done
token="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["submit"])' "$home/tokens.json")"
api="http://127.0.0.1:$port/api/v1"
workflow='{"schema": 1, "name": "soak", "seed": 11, "steps": [
  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"], "duplicates": "mean"},
  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["magpie", "stoichiometry"]},
  {"name": "gap-model", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble", "target": "band_gap", "unit": "eV",
   "holdout": 0.2, "parameters": {"members": 3, "epochs": 30}},
  {"name": "generator", "type": "train-generator", "input": "clean", "trainer": "vae", "parameters": {"epochs": 30}},
  {"name": "sampled", "type": "sample", "generator": "generator", "count": 500},
  {"name": "predicted", "type": "predict", "input": "sampled", "predictors": ["gap-model"]},
  {"name": "ranked", "type": "rank", "input": "predicted", "objectives": ["band_gap:max", "band_gap.std:min"]},
  {"name": "report", "type": "report", "input": "ranked", "training": "clean", "top": 20}]}'
workflow="${workflow//\"epochs\": 30/\"epochs\": ${SOAK_EPOCHS:-30}}"
rss() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status"; }
# Java heap in use / committed (MB), from the JVM itself
heap() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
  gsub("[K,]", "", t); gsub("[K,]", "", u); printf "%d,%d", u / 1024, t / 1024}'; }
echo "machine: $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); RSS after start: $(rss) MB; epochs: ${SOAK_EPOCHS:-30};" \
  "releaseMemoryAfterRuns=${SOAK_RELEASE:-true}; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2 (launcher default)}; MATFORGE_JAVA_OPTS=${MATFORGE_JAVA_OPTS:-}"
echo "run,status,seconds,rss_mb (as the run ended),rss_mb (5 s later),heap_used_mb,heap_committed_mb,load1"
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  id="$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary "$workflow" "$api/runs" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  status=QUEUED
  while [[ "$status" == QUEUED || "$status" == RUNNING ]]; do
    sleep 2
    status="$(curl -sf -H "Authorization: Bearer $token" "$api/runs/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')"
  done
  seconds=$(( $(date +%s) - start ))
  ended="$(rss)"
  sleep 5 # the orchestrator releases a finished run's memory on a thread of its own, right after the run
  echo "$i,$status,$seconds,$ended,$(rss),$(heap),$(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
