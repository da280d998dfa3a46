#!/usr/bin/env bash
# Ingestion benchmark (issue 8 §7 and §3): the real service in Release on a fresh SQLite file, a fake MusicBrainz and
# TVmaze on 127.0.0.1 served by bench/ingest, runs through the admin API, and a feed's p99 under wrk with and without a
# large ingestion going on. Prints a Markdown report (also kept in $OUT). Everything listens on 127.0.0.1 only.
#
#   bash bench/ingest/run.sh                      # defaults: 3 rounds of wrk -t2 -c16 -d10s; about 15 minutes on 2 cores
#   ROUNDS=1 WRK_SECONDS=5 bash bench/ingest/run.sh
#   APP_DIR=/path/to/bin/ReleaseCalendar/release bash bench/ingest/run.sh   # measure another build of the service
#   WORKER_PRIORITY=nice10 VARIANTS=artist,worker bash bench/ingest/run.sh   # worker at nice 10 (default: SCHED_IDLE), no show feed
#   WORKER_CPUS=1 VARIANTS=worker bash bench/ingest/run.sh   # the worker on CPU 1 only (taskset -c, as CPUAffinity=)
#   WORKER_CPUS_AB=1 ROUNDS=6 VARIANTS=worker bash bench/ingest/run.sh   # odd rounds: worker on CPU 1; even: all CPUs
#   WORKER_ENV="DOTNET_gcServer=0" VARIANTS=worker bash bench/ingest/run.sh   # extra environment for the worker only
#   PACE_MS=2 VARIANTS=worker bash bench/ingest/run.sh   # each wrk connection waits 2 ms between requests (not saturating)
#   WORKER_CPU_QUOTA=50 VARIANTS=worker bash bench/ingest/run.sh   # the worker capped at half a core (cgroup v1 cpu quota)
#   DOTNET_gcServer=0 bash bench/ingest/run.sh    # workstation GC in the service (the Web SDK defaults to server GC)
# The service inherits this script's environment, so DOTNET_* variables set here reach it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/rc-ingest-bench.XXXXXX)
PORT=${PORT:-5395}
ROUNDS=${ROUNDS:-3}
WRK_SECONDS=${WRK_SECONDS:-10}
CONNECTIONS=${CONNECTIONS:-16}
EPISODES=${EPISODES:-10000}
MB_GROUPS=${MB_GROUPS:-2000}
OUT=${OUT:-$WORK/report.md}
# Our own build output, so a concurrent `dotnet build` of the solution in artifacts/ is not disturbed.
ART=${BENCH_ARTIFACTS:-/tmp/rc-ingest-bench-artifacts}
# The service under test: this tree's, or another build's output folder (e.g. of main, to compare).
APP_DIR=${APP_DIR:-$ART/bin/ReleaseCalendar/release}

log() { printf '>> %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }
# dotnet-counters reads the service's GC figures (it is a separate process); without it the GC column says n/a.
COUNTERS=$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")
if [[ ! -x "$COUNTERS" ]]; then
  log "installing dotnet-counters (dotnet tool)"
  dotnet tool install -g dotnet-counters --version 10.0.750501 >&2 || true
fi
[[ -x "$COUNTERS" ]] || COUNTERS=""

log "building (Release) into $ART"
dotnet build "$ROOT/bench/ingest/IngestBench.csproj" -c Release --artifacts-path "$ART" -nologo -v q -clp:ErrorsOnly >&2

busy() { # share of both cores busy over one second, before we start
  local a b
  read -r -a a < <(head -1 /proc/stat); sleep 1; read -r -a b < <(head -1 /proc/stat)
  awk -v u="$((b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7]))" \
      -v t="$((b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7]))" \
      'BEGIN { printf "%.0f", (t > 0 ? 100 * u / t : 0) }'
}
BUSY_BEFORE=$(busy)
OTHERS=$(ps -eo pcpu,comm --sort=-pcpu | awk 'NR > 1 && $1 > 5 { printf "%s (%s%%) ", $2, $1 }')

dotnet "$ART/bin/IngestBench/release/IngestBench.dll" --app "$APP_DIR" --work "$WORK" --port "$PORT" \
  --episodes "$EPISODES" --groups "$MB_GROUPS" --rounds "$ROUNDS" --wrk-seconds "$WRK_SECONDS" --connections "$CONNECTIONS" \
  --worker-priority "${WORKER_PRIORITY:-idle}" --variants "${VARIANTS:-artist,show,worker}" --worker-env "${WORKER_ENV:-}" --worker-cpus "${WORKER_CPUS:-}" --worker-cpus-ab "${WORKER_CPUS_AB:-}" \
  --pace-ms "${PACE_MS:-0}" --worker-cpu-quota "${WORKER_CPU_QUOTA:-0}" \
  --counters "$COUNTERS" >"$OUT.body"

BUSY_AFTER=$(busy)
{
  cat "$OUT.body"
  echo
  echo "Machine: $(nproc) cores ($(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), $(free -g | awk '/^Mem:/ { print $2 }') GiB," \
    "Linux $(uname -r); .NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "The service, the fake upstream, wrk and dotnet-counters share these cores. Other work on the machine: cores ${BUSY_BEFORE}% busy" \
    "in the second before the benchmark, ${BUSY_AFTER}% after; processes above 5% CPU at the start: ${OTHERS:-none}."
} >"$OUT"
rm -f "$OUT.body"
cat "$OUT"
log "report: $OUT; service log and counters: $WORK"
