#!/usr/bin/env bash
# Load test of the workflow server on loopback: starts ./matforge serve on a fresh home (free port), runs
# benchmarks/server-load/ServerLoad.java (50 small runs submitted at once, 200 clients polling status, 100 event
# streams), prints the latency table, the server's CPU time and resident memory, and stops the server (SIGTERM).
# Usage: benchmarks/server-load.sh [runs=50] [pollers=200] [streams=100]   (needs runtime/target/matforge.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(mktemp -d "${TMPDIR:-/tmp}/matforge-load.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
mkdir -p "$home/conf"
printf 'port=%s\nqueueLength=100\nmaxSseStreams=128\n' "$port" > "$home/conf/org.matforge.server.cfg"
MATFORGE_HOME="$home" MATFORGE_TOKENS_OUT="$home/tokens.json" "$here/matforge" serve > "$home/serve.out" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/api/v1/ready" >/dev/null 2>&1 && [[ -f "$home/tokens.json" ]] && break
  sleep 1
done
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
before=$(cpu)
java "$here/benchmarks/server-load/ServerLoad.java" "http://127.0.0.1:$port/api/v1" "$home/tokens.json" "$@"
after=$(cpu)
echo "server CPU time during the test: $(( (after - before) / $(getconf CLK_TCK) )) s; resident memory: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
