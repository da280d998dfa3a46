#!/usr/bin/env bash
# SQLite and PostgreSQL side by side in one run (issue 11 §4): the same seeded catalog (10,000 releases over 500 subjects)
# in a SQLite file and in a PostgreSQL database, one replica of the service (Release build) on each, started together
# and measured in turns, so both see the same state of the machine:
#   1. warm feed requests/s per replica (wrk, the 196-event artist feed, 200 and If-None-Match 304),
#   2. the cache miss of the ~1,000-event combined feed after a write (PUT a release, then GET the feed, timed),
#   3. admin write throughput (wrk POSTs a new release per request over the artists, 1 and 8 connections),
#   4. ingestion merge throughput in process (IngestBench --mode merge: 3 TVmaze shows of 10,001 items).
# PostgreSQL is Debian's, from tests/pg/start.sh, restarted with durable settings (fsync, synchronous_commit and
# full_page_writes on, as a production server runs; the test cluster turns them off). SQLite runs as the service
# sets it up (WAL). Everything listens on 127.0.0.1; every process started here is stopped on exit.
#
#   bash bench/providers/run.sh                         # about 6 minutes on 2 cores
#   ROUNDS=1 DURATION=5s MISS_SAMPLES=20 SHOWS=2 bash bench/providers/run.sh   # a quick look
# The services inherit this script's environment (DOTNET_* reaches them).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/rc-providers-bench.XXXXXX)
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
MISS_SAMPLES=${MISS_SAMPLES:-40}
WRITE_DURATION=${WRITE_DURATION:-10s}
SHOWS=${SHOWS:-3}
EPISODES=${EPISODES:-10000}
ART=${BENCH_ARTIFACTS:-/tmp/rc-providers-bench-artifacts}
APP_DIR=$ART/bin/ReleaseCalendar/release
SEEDER=$ART/bin/Seeder/release/Seeder.dll
INGEST=$ART/bin/IngestBench/release/IngestBench.dll
ADMIN_KEY=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
PROVIDERS=(sqlite postgres)
declare -A PORT=([sqlite]=5396 [postgres]=5397) PID=()
PG_STARTED=""

log() { printf '>> %s\n' "$*" >&2; }

cleanup() {
  local p
  for p in "${!PID[@]}"; do
    if kill -0 "${PID[$p]}" 2>/dev/null; then kill "${PID[$p]}" 2>/dev/null || true; wait "${PID[$p]}" 2>/dev/null || true; fi
  done
  [[ -n "$PG_STARTED" ]] && "$ROOT/tests/pg/stop.sh" || true
  if [[ -z "${KEEP_WORK:-}" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
command -v psql >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

UPTIME_BEFORE=$(uptime | sed 's/.*load average/load average/')
log "building (Release) into $ART"
dotnet build "$ROOT/bench/feeds/Seeder/Seeder.csproj" -c Release --artifacts-path "$ART" -nologo -v q -clp:ErrorsOnly >&2
dotnet build "$ROOT/bench/ingest/IngestBench.csproj" -c Release --artifacts-path "$ART" -nologo -v q -clp:ErrorsOnly >&2

# --- PostgreSQL: the test cluster, restarted durable ------------------------------------------------------------
log "starting PostgreSQL (tests/pg/start.sh), restarting it with fsync, synchronous_commit and full_page_writes on"
eval "$("$ROOT/tests/pg/start.sh")"
PG_STARTED=1
PG_PORT=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$RC_TEST_POSTGRES")
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$RC_PG_BIN/pg_ctl" -D "$RC_PG_DIR/data" -l "$RC_PG_DIR/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $RC_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=400" restart >/dev/null
psql_pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }
PG_SETTINGS=$(psql_pg -d postgres -Atc "select string_agg(name || '=' || setting, ', ' order by name) from pg_settings
  where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'wal_level')")
PG_VERSION=$(psql_pg -d postgres -Atc 'show server_version' | cut -d' ' -f1)

# --- the same catalog in both stores ----------------------------------------------------------------------------
log "seeding both stores"
dotnet "$SEEDER" seed --db "$WORK/feeds.db" --env "$WORK/seed.env" >&2
dotnet "$SEEDER" seed --provider postgres --postgres "$RC_TEST_POSTGRES" --database rc_bench --env "$WORK/seed-pg.env" >&2
cmp -s "$WORK/seed.env" "$WORK/seed-pg.env" || { log "the two seeds differ"; diff "$WORK/seed.env" "$WORK/seed-pg.env" >&2; exit 1; }
# shellcheck disable=SC1091
source "$WORK/seed.env"
PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=rc_bench;Maximum Pool Size=30"

start_service() { # $1 provider
  local p=$1 port=${PORT[$1]} store
  if [[ $p == sqlite ]]; then store=(ConnectionStrings__ReleaseCalendar="Data Source=$WORK/feeds.db")
  else store=(Data__Provider=postgres ConnectionStrings__ReleaseCalendar="$PG_CONNECTION"); fi
  (
    cd "$APP_DIR"
    exec env ASPNETCORE_ENVIRONMENT=Production "${store[@]}" \
      Data__SeedDemo=false Ingest__SchedulerEnabled=false Logging__LogLevel__Default=Warning \
      Public__BaseUrl=https://releases.example.org Public__UidHost=bench.releasecalendar.local \
      Admin__Keys__0__Name=bench Admin__Keys__0__Sha256="$(printf %s "$ADMIN_KEY" | sha256sum | cut -d' ' -f1)" \
      dotnet ReleaseCalendar.dll --urls "http://127.0.0.1:$port"
  ) >>"$WORK/$p.log" 2>&1 &
  PID[$p]=$!
  local i
  for i in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    kill -0 "${PID[$p]}" 2>/dev/null || { cat "$WORK/$p.log" >&2; log "$p service exited"; exit 1; }
    sleep 0.5
  done
  log "$p service not ready after 120 s"; exit 1
}
for p in "${PROVIDERS[@]}"; do start_service "$p"; done

# --- helpers (as in bench/feeds/run.sh) ---------------------------------------------------------------------------
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
busy_pct() { # share of both cores busy over one second, while our services idle
  local a b
  read -r -a a < <(head -1 /proc/stat); sleep 1; read -r -a b < <(head -1 /proc/stat)
  awk -v u="$((b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7]))" \
      -v t="$((b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7]))" \
      'BEGIN { printf "%.0f", (t > 0 ? 100 * u / t : 0) }'
}
run_wrk() { # $1 out name, $2 provider, $3 threads, $4 connections, $5 duration, $6 url, [$7 lua]: "rps p50 p99 cpu-us errors"
  local out="$WORK/wrk-$1.txt" script=() before after
  [[ -n "${7:-}" ]] && script=(-s "$7")
  before=$(cpu_ticks "${PID[$2]}")
  wrk -t"$3" -c"$4" -d"$5" --latency "${script[@]}" "$6" >"$out"
  after=$(cpu_ticks "${PID[$2]}")
  local ms='{ v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v); printf "%.2f", (u == "us" ? v / 1000 : u == "s" ? v * 1000 : v) }'
  printf '%s %s %s %s %s\n' \
    "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")" \
    "$(awk '$1 == "50%" '"$ms" "$out")" "$(awk '$1 == "99%" '"$ms" "$out")" \
    "$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" '/ requests in / { printf "%.0f", t * 1e6 / hz / $1 }' "$out")" \
    "$(awk '/Non-2xx or 3xx responses:|Socket errors:/ { $1 = $1; printf "%s;", $0 }' "$out" | tr ' ' '_')"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
pct() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(p / 100 * NR + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
url() { echo "http://127.0.0.1:${PORT[$1]}$2"; }
ADMIN=(-H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json')
COMBINED="/feeds/releases.ics?pastDays=$WINDOW_DAYS&futureDays=$WINDOW_DAYS"

# Both services must serve the same feed from the same data: same events, same bytes (same public URL).
for p in "${PROVIDERS[@]}"; do curl -fsS -o "$WORK/heavy-$p.ics" -D "$WORK/heavy-$p.h" "$(url "$p" "/feeds/$HEAVY_SLUG.ics")"; done
cmp -s "$WORK/heavy-sqlite.ics" "$WORK/heavy-postgres.ics" || { log "the artist feed differs between the providers"; exit 1; }
FEED_EVENTS=$(grep -c '^BEGIN:VEVENT' "$WORK/heavy-sqlite.ics"); FEED_BYTES=$(stat -c %s "$WORK/heavy-sqlite.ics")
for p in "${PROVIDERS[@]}"; do
  etag=$(awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }' "$WORK/heavy-$p.h")
  printf "wrk.headers[\"If-None-Match\"] = '%s'\n" "$etag" >"$WORK/304-$p.lua"
done

# --- 1. warm feed per replica ------------------------------------------------------------------------------------
log "warm-up: wrk $WARMUP on each service's artist feed, 304 and combined feed"
for p in "${PROVIDERS[@]}"; do
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$(url "$p" "/feeds/$HEAVY_SLUG.ics")" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/304-$p.lua" "$(url "$p" "/feeds/$HEAVY_SLUG.ics")" >/dev/null
done
declare -A RPS P99 CPU ERR
BUSY=()
log "warm feed: wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, providers in turn"
for round in $(seq 1 "$ROUNDS"); do
  for p in "${PROVIDERS[@]}"; do
    for kind in 200 304; do
      BUSY+=("$(busy_pct)")
      lua=""; [[ $kind == 304 ]] && lua="$WORK/304-$p.lua"
      read -r r _ p99 c e < <(run_wrk "warm-$kind-$p-$round" "$p" 2 "$CONNECTIONS" "$DURATION" "$(url "$p" "/feeds/$HEAVY_SLUG.ics")" "$lua")
      RPS[$kind-$p]+="$r "; P99[$kind-$p]+="$p99 "; CPU[$kind-$p]+="$c "; [[ -z "$e" ]] || ERR[$kind-$p]+="$e"
      log "round $round $p $kind: $r req/s, p99 $p99 ms, $c us CPU/request (machine ${BUSY[-1]}% busy before)"
    done
  done
done

# --- 2. cache miss after a write ---------------------------------------------------------------------------------
declare -A WRITE_ID
write_body() { printf '{"subjects":["artist-0003"],"title":"Bench write %s","kind":"single","date":"%s","status":"announced"}' "$1" "$(date -u +%F)"; }
for p in "${PROVIDERS[@]}"; do
  WRITE_ID[$p]=$(curl -fsS "${ADMIN[@]}" -X POST "$(url "$p" /api/admin/releases)" -d "$(write_body 0)" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')
  [[ -n "${WRITE_ID[$p]}" ]] || { log "$p: could not create the release the miss loop writes"; exit 1; }
done
log "cache miss after a write: 5 + $MISS_SAMPLES x (PUT a release, GET $COMBINED), providers in turn"
for p in "${PROVIDERS[@]}"; do : >"$WORK/miss-$p.txt"; : >"$WORK/put-$p.txt"; done
for k in $(seq 1 $((MISS_SAMPLES + 5))); do
  for p in "${PROVIDERS[@]}"; do
    put=$(curl -fsS -o /dev/null -w '%{time_total}' "${ADMIN[@]}" -X PUT "$(url "$p" "/api/admin/releases/${WRITE_ID[$p]}")" -d "$(write_body "$k")")
    got=$(curl -fsS -o "$WORK/combined-$p.ics" -w '%{time_total}' "$(url "$p" "$COMBINED")")
    if ((k > 5)); then
      awk -v t="$got" 'BEGIN { printf "%.2f\n", t * 1000 }' >>"$WORK/miss-$p.txt"
      awk -v t="$put" 'BEGIN { printf "%.2f\n", t * 1000 }' >>"$WORK/put-$p.txt"
    fi
  done
done
COMBINED_EVENTS=$(grep -c '^BEGIN:VEVENT' "$WORK/combined-sqlite.ics")
COMBINED_EVENTS_PG=$(grep -c '^BEGIN:VEVENT' "$WORK/combined-postgres.ics")

# --- 3. admin write throughput -------------------------------------------------------------------------------------
# Each request creates a release on one of the seeded artists (never the heavy one): a real write every time,
# through the catalog's one write path (lock, feed clock, stamps, cache invalidation; on PostgreSQL also NOTIFY).
cat >"$WORK/write.lua" <<EOF
local artists, n = {}, 0
id = 0 -- each thread's own, set by setup()
for i = 2, $SUBJECTS do if i % 20 >= 3 and i % 4 ~= 1 then artists[#artists + 1] = string.format("artist-%04d", i) end end
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
wrk.method = "POST"
wrk.headers["X-Api-Key"] = "$ADMIN_KEY"
wrk.headers["Content-Type"] = "application/json"
function request()
  n = n + 1
  local body = string.format('{"subjects":["%s"],"title":"Write %d-%d","kind":"single","date":"$(date -u +%F)","status":"announced"}',
    artists[(n * 7 + id) % #artists + 1], id, n)
  return wrk.format(nil, "/api/admin/releases", nil, body)
end
EOF
declare -A WRPS WP50 WP99 WCPU WERR
log "admin writes: wrk POST, 1 and 8 connections, $WRITE_DURATION each, providers in turn"
for c in 1 8; do
  for p in "${PROVIDERS[@]}"; do
    BUSY+=("$(busy_pct)")
    t=$((c < 2 ? 1 : 2))
    read -r r p50 p99 cpu e < <(run_wrk "write-$c-$p" "$p" "$t" "$c" "$WRITE_DURATION" "$(url "$p" /)" "$WORK/write.lua")
    WRPS[$c-$p]=$r; WP50[$c-$p]=$p50; WP99[$c-$p]=$p99; WCPU[$c-$p]=$cpu; WERR[$c-$p]=${e:-none}
    log "$p, $c connection(s): $r writes/s, p50 $p50 ms, p99 $p99 ms, $cpu us service CPU/write, errors: ${e:-none}"
  done
done
declare -A RSS
for p in "${PROVIDERS[@]}"; do
  RSS[$p]=$(awk '$1 == "VmRSS:" { printf "%.0f", $2 / 1024 }' "/proc/${PID[$p]}/status")
  kill "${PID[$p]}"; wait "${PID[$p]}" 2>/dev/null || true; unset "PID[$p]"
done

# --- 4. ingestion merge, in process ---------------------------------------------------------------------------------
log "merge throughput: $SHOWS shows of $EPISODES episodes, SQLite then PostgreSQL"
BUSY+=("$(busy_pct)")
dotnet "$INGEST" --mode merge --shows "$SHOWS" --episodes "$EPISODES" >"$WORK/merge-sqlite.md"
BUSY+=("$(busy_pct)")
dotnet "$INGEST" --mode merge --shows "$SHOWS" --episodes "$EPISODES" --postgres "$RC_TEST_POSTGRES" >"$WORK/merge-postgres.md"
UPTIME_AFTER=$(uptime | sed 's/.*load average/load average/')

# --- report ------------------------------------------------------------------------------------------------------------
m() { median <<<"$1"; }
row() { # $1 label, $2 sqlite value, $3 postgres value, [$4 the last column instead of the ratio]
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "${4:-$(ratio "$3" "$2")}"
}
merge_rows() { # the merge tables side by side: show, SQLite items/s, PostgreSQL items/s
  paste -d'|' <(awk -F'|' 'NR > 2 { print $2 "|" $5 "|" $7 }' "$WORK/merge-sqlite.md") \
              <(awk -F'|' 'NR > 2 { print $5 "|" $7 }' "$WORK/merge-postgres.md") |
    awk -F'|' '{ for (i = 1; i <= 5; i++) gsub(/^ +| +$/, "", $i); s = $2; q = $4; gsub(/,/, "", s); gsub(/,/, "", q);
                 printf "| merge: %s, items/s (items per CPU s) | %s (%s) | %s (%s) | %.2f |\n", $1, $2, $3, $4, $5, (s > 0 ? q / s : 0) }'
}
cat <<EOF

## Providers benchmark $(date -u +%FT%TZ)
Machine: $(nproc) cores ($(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), $(free -g | awk '/^Mem:/ { print $2 }') GiB, Linux $(uname -r); .NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2).
Load before the run: $UPTIME_BEFORE; after: $UPTIME_AFTER. Cores busy in the second before each measurement (our services
idle): median $(median <<<"${BUSY[*]}")%, max $(tr ' ' '\n' <<<"${BUSY[*]}" | sort -n | tail -1)%.
SQLite: the service's own file, WAL. PostgreSQL $PG_VERSION on the same disk, 127.0.0.1, defaults except max_connections ($PG_SETTINGS).
One replica per provider, both started together and measured in turns. Data: $RELEASES releases over $SUBJECTS subjects, artist feed
$HEAVY_SLUG = $FEED_EVENTS events ($FEED_BYTES bytes, identical from both); combined feed = $COMBINED_EVENTS events on SQLite, $COMBINED_EVENTS_PG on PostgreSQL.

| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |
| --- | ---: | ---: | ---: |
$(row "warm artist feed, req/s (wrk -t2 -c$CONNECTIONS -d$DURATION, median of $ROUNDS)" "$(m "${RPS[200-sqlite]}")" "$(m "${RPS[200-postgres]}")")
$(row "same, server CPU µs/request" "$(m "${CPU[200-sqlite]}")" "$(m "${CPU[200-postgres]}")")
$(row "same, p99 ms" "$(m "${P99[200-sqlite]}")" "$(m "${P99[200-postgres]}")")
$(row "warm artist feed with If-None-Match (304), req/s" "$(m "${RPS[304-sqlite]}")" "$(m "${RPS[304-postgres]}")")
$(row "cache miss after a write: GET of the $COMBINED_EVENTS-event combined feed, median ms ($MISS_SAMPLES samples)" "$(pct 50 <"$WORK/miss-sqlite.txt")" "$(pct 50 <"$WORK/miss-postgres.txt")")
$(row "same, p95 ms" "$(pct 95 <"$WORK/miss-sqlite.txt")" "$(pct 95 <"$WORK/miss-postgres.txt")")
$(row "the PUT before it (admin write over HTTP, one at a time), median ms" "$(pct 50 <"$WORK/put-sqlite.txt")" "$(pct 50 <"$WORK/put-postgres.txt")")
$(row "admin writes (POST a release), 1 connection, writes/s" "${WRPS[1-sqlite]}" "${WRPS[1-postgres]}")
$(row "same, p50 / p99 ms" "${WP50[1-sqlite]} / ${WP99[1-sqlite]}" "${WP50[1-postgres]} / ${WP99[1-postgres]}" —)
$(row "admin writes, 8 connections, writes/s" "${WRPS[8-sqlite]}" "${WRPS[8-postgres]}")
$(row "same, p50 / p99 ms" "${WP50[8-sqlite]} / ${WP99[8-sqlite]}" "${WP50[8-postgres]} / ${WP99[8-postgres]}" —)
$(row "same, service CPU µs/write" "${WCPU[8-sqlite]}" "${WCPU[8-postgres]}")
$(merge_rows)
$(row "service resident memory at the end, MB" "${RSS[sqlite]}" "${RSS[postgres]}")

Every warm run (req/s): SQLite 200 ${RPS[200-sqlite]}/ 304 ${RPS[304-sqlite]}; PostgreSQL 200 ${RPS[200-postgres]}/ 304 ${RPS[304-postgres]}.
Errors: warm ${ERR[200-sqlite]:-none} ${ERR[200-postgres]:-none} ${ERR[304-sqlite]:-none} ${ERR[304-postgres]:-none}; writes ${WERR[1-sqlite]} ${WERR[1-postgres]} ${WERR[8-sqlite]} ${WERR[8-postgres]}.
Miss samples, SQLite (ms): $(tr '\n' ' ' <"$WORK/miss-sqlite.txt")
Miss samples, PostgreSQL (ms): $(tr '\n' ' ' <"$WORK/miss-postgres.txt")

$(cat "$WORK/merge-sqlite.md")

$(cat "$WORK/merge-postgres.md")
EOF
