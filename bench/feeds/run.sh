#!/usr/bin/env bash
# Feed benchmark (issue 2 §8, issue 7 §4), in one run: ours vs nginx serving the same bytes (warm), a cache miss
# of a 1,000-event feed after a write side by side with Radicale's GET of the same events, cold renders, and RSS
# at 100,000 releases. Everything listens on 127.0.0.1 only; every loop is bounded; every process started here is
# stopped on exit.
#
#   bash bench/feeds/run.sh                 # defaults below; about 8 minutes on 2 cores
#   DURATION=30s CONNECTIONS=64 bash bench/feeds/run.sh
#   DOTNET_gcServer=0 bash bench/feeds/run.sh   # workstation GC (the Web SDK defaults to server GC)
#   ROUNDS=1 DURATION=5s WARMUP=5s SKIP_MEMORY=1 bash bench/feeds/run.sh   # quick A/B: wrk runs only (~1 minute)
# The server inherits this script's environment, so DOTNET_* / Kestrel__* variables set here reach it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/rc-feeds-bench.XXXXXX)
PORT=${PORT:-5390}
NGINX_PORT=${NGINX_PORT:-5391}
RADICALE_PORT=${RADICALE_PORT:-5392}
MISS_SAMPLES=${MISS_SAMPLES:-40}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
ROUNDS=${ROUNDS:-3}
RELEASES=${RELEASES:-10000}
SUBJECTS=${SUBJECTS:-500}
BIG_RELEASES=${BIG_RELEASES:-100000}
COLD_SAMPLES=${COLD_SAMPLES:-15}
SKIP_MEMORY=${SKIP_MEMORY:-}   # 1: skip the cold requests, the render micro-benchmark and the 100,000-release memory check
# Our own build output, so a concurrent `dotnet build` of the solution in artifacts/ is not disturbed.
ART=${BENCH_ARTIFACTS:-/tmp/rc-feeds-bench-artifacts}
APP_DIR=$ART/bin/ReleaseCalendar/release
SEEDER=$ART/bin/Seeder/release/Seeder.dll
SERVER_PID=""
NGINX_PID=""
RADICALE_PID=""
# An admin key for this run only, for the writes that cause cache misses.
ADMIN_KEY=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

log() { printf '>> %s\n' "$*" >&2; }

cleanup() {
  local pid
  for pid in "$SERVER_PID" "$NGINX_PID" "$RADICALE_PID"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  if [[ -z "${KEEP_WORK:-}" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

# --- tools ------------------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
command -v radicale >/dev/null || missing+=(radicale)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# --- build: the host in Release and the seeder, into our own artifacts path ------------------------------
log "building (Release) into $ART"
dotnet build "$ROOT/bench/feeds/Seeder/Seeder.csproj" -c Release --artifacts-path "$ART" -nologo -v q -clp:ErrorsOnly >&2

# --- helpers --------------------------------------------------------------------------------------------
start_server() { # $1 = SQLite file
  # Equivalent to `dotnet run -c Release --project src/ReleaseCalendar --no-launch-profile --urls ...`, but runs
  # the built dll directly so the PID is the server itself (VmRSS) and nothing is rebuilt meanwhile.
  (
    cd "$APP_DIR"
    exec env ASPNETCORE_ENVIRONMENT=Production \
      ConnectionStrings__ReleaseCalendar="Data Source=$1" \
      Data__SeedDemo=false Ingest__SchedulerEnabled=false Logging__LogLevel__Default=Warning \
      Public__BaseUrl=http://127.0.0.1:$PORT Public__UidHost=bench.releasecalendar.local \
      Admin__Keys__0__Name=bench Admin__Keys__0__Sha256="$(printf %s "$ADMIN_KEY" | sha256sum | cut -d' ' -f1)" \
      dotnet ReleaseCalendar.dll --urls "http://127.0.0.1:$PORT"
  ) >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  local i
  for i in $(seq 1 240); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null; then return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.log" >&2; log "server exited"; exit 1; }
    sleep 0.5
  done
  log "server not ready after 120 s"; cat "$WORK/server.log" >&2; exit 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

rss_mb() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

cpu_ticks() { # utime + stime of the given PIDs, in clock ticks
  local pid total=0
  for pid in "$@"; do total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done
  echo "$total"
}

# wrk --latency prints "Requests/sec: N" and a distribution whose "99%" line is in us, ms or s. Besides, the
# server's own CPU time per request: on a shared 2-core machine it moves far less than requests/s does.
run_wrk() { # $1 name, $2 url, $3 server PIDs (space-separated), [$4 lua script]
  local out="$WORK/wrk-$1.txt" script=() pids before after
  [[ -n "${4:-}" ]] && script=(-s "$4")
  read -r -a pids <<<"$3"
  local stat_before stat_after
  read -r -a stat_before < <(head -1 /proc/stat)
  before=$(cpu_ticks "${pids[@]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "$2" >"$out"
  after=$(cpu_ticks "${pids[@]}")
  read -r -a stat_after < <(head -1 /proc/stat)
  # On a VM the hypervisor may take CPU from us mid-run ("steal"); it explains rounds that fall out of line.
  local steal
  steal=$(awk -v s="$((stat_after[8] - stat_before[8]))" \
    -v t="$((stat_after[1] + stat_after[3] + stat_after[4] + stat_after[6] + stat_after[7] + stat_after[8] - stat_before[1] - stat_before[3] - stat_before[4] - stat_before[6] - stat_before[7] - stat_before[8]))" \
    'BEGIN { printf "%.1f", (t > 0 ? 100 * s / t : 0) }')
  local rps p99 errors cpu
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  p99=$(awk '$1 == "99%" { v = $2; u = v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v);
        printf "%.2f", (u == "us" ? v / 1000 : u == "s" ? v * 1000 : v) }' "$out")
  cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" '/ requests in / { printf "%.0f", t * 1e6 / hz / $1 }' "$out")
  errors=$(awk '/Non-2xx or 3xx responses:|Socket errors:/' "$out" | tr '\n' ' ')
  printf '%s %s %s %s %s\n' "$rps" "$p99" "$cpu" "$steal" "${errors:-none}"
}

# Share of both cores busy over one second while our servers idle: other work on the machine skews every figure.
busy_pct() {
  local a b
  read -r -a a < <(head -1 /proc/stat); sleep 1; read -r -a b < <(head -1 /proc/stat)
  awk -v u="$((b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7]))" \
      -v t="$((b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + b[7] - a[1] - a[2] - a[3] - a[4] - a[5] - a[6] - a[7]))" \
      'BEGIN { printf "%.0f", (t > 0 ? 100 * u / t : 0) }'
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

pct() { # $1 percentile, stdin: one number a line
  sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(p / 100 * NR + 0.999); if (i < 1) i = 1; printf "%.1f", v[i] }'
}

# --- 1. seed 10,000 and serve ---------------------------------------------------------------------------
log "seeding $RELEASES releases over $SUBJECTS subjects"
dotnet "$SEEDER" seed --db "$WORK/feeds.db" --releases "$RELEASES" --subjects "$SUBJECTS" --env "$WORK/seed.env" >&2
# shellcheck disable=SC1091
source "$WORK/seed.env"
start_server "$WORK/feeds.db"
BASE=http://127.0.0.1:$PORT
FEED_URL=$BASE/feeds/$HEAVY_SLUG.ics
COMBINED_URL="$BASE/feeds/releases.ics?pastDays=$WINDOW_DAYS&futureDays=$WINDOW_DAYS"
# The release the miss loop rewrites (section 2): created now, so every figure sees the same combined feed.
ADMIN=(-H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json')
WRITE_SLUG=artist-0003
write_body() { printf '{"subjects":["%s"],"title":"Bench write %s","kind":"single","date":"%s","status":"announced"}' "$WRITE_SLUG" "$1" "$(date -u +%F)"; }
WRITE_ID=$(curl -fsS "${ADMIN[@]}" -X POST "$BASE/api/admin/releases" -d "$(write_body 0)" | sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p')
[[ -n "$WRITE_ID" ]] || { log "could not create the release the miss loop writes"; exit 1; }

# The artist feed's bytes become nginx's static file: both servers send exactly the same body.
mkdir -p "$WORK/static" "$WORK/nginx-tmp"
curl -fsS -D "$WORK/feed.headers" -o "$WORK/static/feed.ics" "$FEED_URL"
ETAG=$(awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }' "$WORK/feed.headers")
FEED_BYTES=$(stat -c %s "$WORK/static/feed.ics")
FEED_EVENTS=$(grep -c '^BEGIN:VEVENT' "$WORK/static/feed.ics")
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$FEED_URL")
[[ "$code" == 304 ]] || { log "expected 304 for If-None-Match, got $code"; exit 1; }
printf "wrk.headers[\"If-None-Match\"] = '%s'\n" "$ETAG" >"$WORK/ours-304.lua"
curl -fsS -o "$WORK/combined.ics" "$COMBINED_URL"
COMBINED_EVENTS=$(grep -c '^BEGIN:VEVENT' "$WORK/combined.ics")
COMBINED_BYTES=$(stat -c %s "$WORK/combined.ics")

chmod 755 "$WORK" "$WORK/static"
chmod 644 "$WORK/static/feed.ics"
cat >"$WORK/nginx.conf" <<EOF
worker_processes $(nproc);
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  types { text/calendar ics; }
  charset utf-8;
  charset_types text/calendar;
  client_body_temp_path $WORK/nginx-tmp/body;
  proxy_temp_path $WORK/nginx-tmp/proxy;
  fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
  scgi_temp_path $WORK/nginx-tmp/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/static;
    add_header Cache-Control "public, max-age=900";
  }
}
EOF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx-error.log" &
NGINX_PID=$!
NGINX_URL=http://127.0.0.1:$NGINX_PORT/feed.ics
for _ in $(seq 1 50); do curl -fsS -o /dev/null "$NGINX_URL" 2>/dev/null && break; sleep 0.1; done
cmp -s <(curl -fsS "$NGINX_URL") "$WORK/static/feed.ics" || { log "nginx does not serve the feed"; exit 1; }
NGINX_ETAG=$(curl -fsS -o /dev/null -D - "$NGINX_URL" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
printf "wrk.headers[\"If-None-Match\"] = '%s'\n" "$NGINX_ETAG" >"$WORK/nginx-304.lua"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $NGINX_ETAG" "$NGINX_URL")
[[ "$code" == 304 ]] || { log "nginx: expected 304, got $code"; exit 1; }

log "warm-up: wrk $WARMUP on each of our URLs (JIT tiering and PGO settle; nginx needs none)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$FEED_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/ours-304.lua" "$FEED_URL" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$COMBINED_URL" >/dev/null

log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency: 5 runs x $ROUNDS rounds, interleaved"
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
declare -A RPS P99 CPU ERR
STEAL=()
BUSY=()
for round in $(seq 1 "$ROUNDS"); do
  for run in ours-warm nginx-static ours-304 nginx-304 ours-combined; do
    BUSY+=("$(busy_pct)")
    case $run in
      ours-warm) read -r r p c st e < <(run_wrk "$run-$round" "$FEED_URL" "$SERVER_PID") ;;
      ours-304) read -r r p c st e < <(run_wrk "$run-$round" "$FEED_URL" "$SERVER_PID" "$WORK/ours-304.lua") ;;
      ours-combined) read -r r p c st e < <(run_wrk "$run-$round" "$COMBINED_URL" "$SERVER_PID") ;;
      nginx-static) read -r r p c st e < <(run_wrk "$run-$round" "$NGINX_URL" "$NGINX_PIDS") ;;
      nginx-304) read -r r p c st e < <(run_wrk "$run-$round" "$NGINX_URL" "$NGINX_PIDS" "$WORK/nginx-304.lua") ;;
    esac
    RPS[$run]+="$r "; P99[$run]+="$p "; CPU[$run]+="$c "; STEAL+=("$st"); [[ "$e" == none ]] || ERR[$run]+="$e "
    log "round $round $run: $r req/s, p99 $p ms, $c us CPU/request, $st% stolen by the hypervisor (background ${BUSY[-1]}% busy before)"
  done
done
med() { median <<<"${RPS[$1]}"; }
medp() { median <<<"${P99[$1]}"; }
medc() { median <<<"${CPU[$1]}"; }
OURS_RPS=$(med ours-warm); OURS_P99=$(medp ours-warm); OURS_ERR=${ERR[ours-warm]:-none}
OURS304_RPS=$(med ours-304); OURS304_P99=$(medp ours-304); OURS304_ERR=${ERR[ours-304]:-none}
COMB_RPS=$(med ours-combined); COMB_P99=$(medp ours-combined); COMB_ERR=${ERR[ours-combined]:-none}
NGX_RPS=$(med nginx-static); NGX_P99=$(medp nginx-static); NGX_ERR=${ERR[nginx-static]:-none}
NGX304_RPS=$(med nginx-304); NGX304_P99=$(medp nginx-304); NGX304_ERR=${ERR[nginx-304]:-none}
BUSY_MEDIAN=$(median <<<"${BUSY[*]}")
BUSY_MAX=$(tr ' ' '\n' <<<"${BUSY[*]}" | sort -n | tail -1)
STEAL_MEDIAN=$(median <<<"${STEAL[*]}")
STEAL_MAX=$(tr ' ' '\n' <<<"${STEAL[*]}" | sort -n | tail -1)
RSS_10K=$(rss_mb "$SERVER_PID" VmRSS)

# --- 2. cache miss after a write, side by side with Radicale serving the same events ----------------------
# Radicale (a self-hosted CalDAV server, Debian's package) gets the combined feed's events as one calendar
# collection; a GET of the collection is what a subscriber of a Radicale calendar would fetch.
mkdir -p "$WORK/radicale"
cat >"$WORK/radicale/config" <<EOF
[server]
hosts = 127.0.0.1:$RADICALE_PORT
[auth]
type = none
[rights]
type = authenticated
[storage]
filesystem_folder = $WORK/radicale/collections
[logging]
level = warning
EOF
radicale --config "$WORK/radicale/config" >>"$WORK/radicale.log" 2>&1 &
RADICALE_PID=$!
RADICALE_URL=http://127.0.0.1:$RADICALE_PORT/bench/releases/
for _ in $(seq 1 100); do curl -sS -o /dev/null "http://127.0.0.1:$RADICALE_PORT/" 2>/dev/null && break; sleep 0.1; done
curl -fsS -o /dev/null -X MKCOL "http://127.0.0.1:$RADICALE_PORT/bench/"
curl -fsS -o /dev/null -X PUT --data-binary @"$WORK/combined.ics" -H 'Content-Type: text/calendar; charset=utf-8' "$RADICALE_URL"
RADICALE_EVENTS=$(curl -fsS "$RADICALE_URL" | grep -c '^BEGIN:VEVENT')
RADICALE_VERSION=$(radicale --version)

log "cache miss after a write: 5 + $MISS_SAMPLES x (PUT a release, GET the combined feed, GET Radicale's collection)"
uptime >&2
: >"$WORK/miss-ours.txt"; : >"$WORK/miss-radicale.txt"
for k in $(seq 1 $((MISS_SAMPLES + 5))); do
  curl -fsS -o /dev/null "${ADMIN[@]}" -X PUT "$BASE/api/admin/releases/$WRITE_ID" -d "$(write_body "$k")"
  ours=$(curl -fsS -o /dev/null -w '%{time_total}' "$COMBINED_URL")
  theirs=$(curl -fsS -o /dev/null -w '%{time_total}' "$RADICALE_URL")
  if ((k > 5)); then # the first five warm both up (JIT, page cache)
    awk -v t="$ours" 'BEGIN { printf "%.2f\n", t * 1000 }' >>"$WORK/miss-ours.txt"
    awk -v t="$theirs" 'BEGIN { printf "%.2f\n", t * 1000 }' >>"$WORK/miss-radicale.txt"
  fi
done
MISS_MEDIAN=$(pct 50 <"$WORK/miss-ours.txt"); MISS_P95=$(pct 95 <"$WORK/miss-ours.txt")
RAD_MEDIAN=$(pct 50 <"$WORK/miss-radicale.txt"); RAD_P95=$(pct 95 <"$WORK/miss-radicale.txt")
MISS_EVENTS=$(curl -fsS "$COMBINED_URL" | grep -c '^BEGIN:VEVENT')
kill "$RADICALE_PID" 2>/dev/null || true; wait "$RADICALE_PID" 2>/dev/null || true; RADICALE_PID=""
MISS_REPORT=$(cat <<EOF
| cache miss after a write, over HTTP (curl, new connection each) | median ms | p95 ms | target |
| --- | ---: | ---: | --- |
| ours: PUT a release, then GET /feeds/releases.ics ($MISS_EVENTS events; loads and renders), $MISS_SAMPLES samples | $MISS_MEDIAN | $MISS_P95 | <= 20 |
| Radicale $RADICALE_VERSION: GET of a collection holding the same $RADICALE_EVENTS events, same loop | $RAD_MEDIAN | $RAD_P95 | — |
| Radicale / ours | $(ratio "$RAD_MEDIAN" "$MISS_MEDIAN") | $(ratio "$RAD_P95" "$MISS_P95") | >= 5 |

Every sample, ours (ms): $(tr '\n' ' ' <"$WORK/miss-ours.txt")
Every sample, Radicale (ms): $(tr '\n' ' ' <"$WORK/miss-radicale.txt")
EOF
)
log "miss: ours median $MISS_MEDIAN ms (p95 $MISS_P95), Radicale median $RAD_MEDIAN ms (p95 $RAD_P95)"

if [[ -n "$SKIP_MEMORY" ]]; then
  stop_server
  printf '\n## Feed benchmark %s (SKIP_MEMORY: wrk runs only)\n' "$(date -u +%FT%TZ)"
  printf 'wrk -t%s -c%s -d%s, warm-up %s, %s round(s); every run: ours-warm %s/ nginx-static %s/ ours-304 %s/ nginx-304 %s/ combined %s\n' \
    "$THREADS" "$CONNECTIONS" "$DURATION" "$WARMUP" "$ROUNDS" "${RPS[ours-warm]}" "${RPS[nginx-static]}" "${RPS[ours-304]}" "${RPS[nginx-304]}" "${RPS[ours-combined]}"
  printf '| run | req/s | p99 ms | CPU us/req | ratio |\n| --- | ---: | ---: | ---: | ---: |\n'
  printf '| ours warm 200 | %s | %s | %s | %s |\n' "$OURS_RPS" "$OURS_P99" "$(medc ours-warm)" "$(ratio "$OURS_RPS" "$NGX_RPS")"
  printf '| nginx 200 | %s | %s | %s | 1 |\n' "$NGX_RPS" "$NGX_P99" "$(medc nginx-static)"
  printf '| ours 304 | %s | %s | %s | %s |\n' "$OURS304_RPS" "$OURS304_P99" "$(medc ours-304)" "$(ratio "$OURS304_RPS" "$NGX304_RPS")"
  printf '| nginx 304 | %s | %s | %s | 1 |\n' "$NGX304_RPS" "$NGX304_P99" "$(medc nginx-304)"
  printf '| ours combined | %s | %s | %s | — |\n' "$COMB_RPS" "$COMB_P99" "$(medc ours-combined)"
  printf 'errors: %s %s %s %s; background busy median %s%%, max %s%%; stolen median %s%%, max %s%%\n' "$OURS_ERR" "$NGX_ERR" "$OURS304_ERR" "$NGX304_ERR" "$BUSY_MEDIAN" "$BUSY_MAX" "$STEAL_MEDIAN" "$STEAL_MAX"
  printf '\n%s\n' "$MISS_REPORT"
  exit 0
fi

# Each alarm value is a new cache key but the same loaded data (FeedData): every sample renders ~1,000 releases
# without reading the database.
log "new alarm values of the combined feed ($COLD_SAMPLES samples)"
for k in $(seq 1 "$COLD_SAMPLES"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' "$COMBINED_URL&alarm=PT$((k + 1))M"
done | awk '{ printf "%.1f\n", $1 * 1000 }' >"$WORK/cold-http.txt"
COLD_HTTP_MEDIAN=$(pct 50 <"$WORK/cold-http.txt")
COLD_HTTP_P95=$(pct 95 <"$WORK/cold-http.txt")
stop_server

# --- 2. the pure render: CalendarBuilder.Build on ~1,000 in-memory releases -----------------------------
log "render micro-benchmark"
RENDER=$(dotnet "$SEEDER" render --releases "$RELEASES" --subjects "$SUBJECTS" --events 1000 --samples 100 --warmup 20)
field() { tr ' ' '\n' <<<"$RENDER" | awk -F= -v k="$1" '$1 == k { print $2 }'; }

# --- 3. resident memory with 100,000 releases -----------------------------------------------------------
log "seeding $BIG_RELEASES releases for the memory check"
dotnet "$SEEDER" seed --db "$WORK/big.db" --releases "$BIG_RELEASES" --subjects "$SUBJECTS" --env "$WORK/big.env" >&2
BIG_WINDOW=$(awk -F= '$1 == "WINDOW_DAYS" { print $2 }' "$WORK/big.env")
start_server "$WORK/big.db"
RSS_START=$(rss_mb "$SERVER_PID" VmRSS)
for slug in "$HEAVY_SLUG" artist-0003 artist-0004 group-0002 show-0005; do curl -fsS -o /dev/null "$BASE/feeds/$slug.ics"; done
curl -fsS -o /dev/null "$BASE/feeds/releases.ics?pastDays=$BIG_WINDOW&futureDays=$BIG_WINDOW"
curl -fsS -o /dev/null -w '' "$BASE/feeds/releases.ics?lang=en&pastDays=$BIG_WINDOW&futureDays=$BIG_WINDOW"
sleep 2
RSS_BIG=$(rss_mb "$SERVER_PID" VmRSS)
HWM_BIG=$(rss_mb "$SERVER_PID" VmHWM)
# The default combined window (90 days back, 365 ahead) holds ~11,000 events at this size: the worst public request.
BIG_DEFAULT_EVENTS=$(curl -fsS "$BASE/feeds/releases.ics" | grep -c '^BEGIN:VEVENT')
sleep 2
RSS_BIG_DEFAULT=$(rss_mb "$SERVER_PID" VmRSS)
HWM_BIG_DEFAULT=$(rss_mb "$SERVER_PID" VmHWM)
stop_server

# --- report ---------------------------------------------------------------------------------------------
GC_MODE=$([[ "${DOTNET_gcServer:-}" == 0 ]] && echo workstation || echo "server (Web SDK default)")
cat <<EOF

## Feed benchmark $(date -u +%FT%TZ)
Load when the report was written: $(uptime | sed 's/.*load average/load average/').
Machine: $(nproc) cores ($(lscpu | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), $(free -g | awk '/^Mem:/ { print $2 }') GiB, Linux $(uname -r); .NET $(dotnet --list-runtimes | awk '/AspNetCore/ { v = $2 } END { print v }'), $GC_MODE GC; $("$NGINX" -v 2>&1 | sed 's/.*version: //'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2).
wrk and both servers share the same $(nproc) cores. wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, after a $WARMUP warm-up per URL;
medians of $ROUNDS interleaved rounds (every run: ${RPS[ours-warm]}/ ${RPS[nginx-static]}/ ${RPS[ours-304]}/ ${RPS[nginx-304]}/ ${RPS[ours-combined]}for
ours-warm / nginx-static / ours-304 / nginx-304 / ours-combined). Other work on the machine: cores ${BUSY_MEDIAN}% busy
(median, max ${BUSY_MAX}%) in the second before each run; CPU stolen by the hypervisor during the runs: ${STEAL_MEDIAN}%
(median, max ${STEAL_MAX}%).
Data: $RELEASES releases over $SUBJECTS subjects; artist feed $HEAVY_SLUG = $FEED_EVENTS events, $FEED_BYTES bytes;
combined feed pastDays=futureDays=$WINDOW_DAYS = $COMBINED_EVENTS events, $COMBINED_BYTES bytes.

| run | requests/s | p99 ms | ours/nginx (req/s) | server CPU us/request | nginx/ours (CPU) | target | errors |
| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |
| ours, artist feed, warm (200) | $OURS_RPS | $OURS_P99 | $(ratio "$OURS_RPS" "$NGX_RPS") | $(medc ours-warm) | $(ratio "$(medc nginx-static)" "$(medc ours-warm)") | >= 0.5 | $OURS_ERR |
| ours, artist feed, If-None-Match (304) | $OURS304_RPS | $OURS304_P99 | $(ratio "$OURS304_RPS" "$NGX_RPS") vs nginx 200; $(ratio "$OURS304_RPS" "$NGX304_RPS") vs nginx 304 | $(medc ours-304) | $(ratio "$(medc nginx-static)" "$(medc ours-304)") vs 200; $(ratio "$(medc nginx-304)" "$(medc ours-304)") vs 304 | — | $OURS304_ERR |
| ours, /feeds/releases.ics, $COMBINED_EVENTS events, warm | $COMB_RPS | $COMB_P99 | — | $(medc ours-combined) | — | — | $COMB_ERR |
| nginx, same artist feed bytes, static (200) | $NGX_RPS | $NGX_P99 | 1 | $(medc nginx-static) | 1 | — | $NGX_ERR |
| nginx, same file, If-None-Match (304) | $NGX304_RPS | $NGX304_P99 | — | $(medc nginx-304) | — | — | $NGX304_ERR |

| cold render | median ms | p95 ms | target |
| --- | ---: | ---: | --- |
| CalendarBuilder.Build, $(field events) in-memory releases ($(field bytes) bytes), $(field samples) samples | $(field median_ms) | $(field p95_ms) | < 20 |
| first Build call in a fresh process (JIT) | $(field first_call_ms) | — | — |
| HTTP miss of the combined feed with a new alarm value (data cached: render + ETag), $COLD_SAMPLES samples | $COLD_HTTP_MEDIAN | $COLD_HTTP_P95 | — |
Allocated per render: $(field alloc_mb_per_render) MB.

$MISS_REPORT

| resident memory (VmRSS) | MB | target |
| --- | ---: | --- |
| 10,000 releases, after the wrk runs | $RSS_10K | — |
| $BIG_RELEASES releases, just started | $RSS_START | — |
| $BIG_RELEASES releases, after 5 subject feeds and 2 combined feeds of ~1,000 events | $RSS_BIG (peak $HWM_BIG) | < 200 |
| $BIG_RELEASES releases, after the default combined feed ($BIG_DEFAULT_EVENTS events) | $RSS_BIG_DEFAULT (peak $HWM_BIG_DEFAULT) | — |
EOF
