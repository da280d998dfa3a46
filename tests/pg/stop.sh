#!/usr/bin/env bash
# Stops the cluster tests/pg/start.sh started (RC_PG_DIR, RC_PG_BIN from its output) and deletes its folder.
set -euo pipefail
: "${RC_PG_DIR:?tests/pg/stop.sh: RC_PG_DIR is not set (eval the output of tests/pg/start.sh first)}"
bin=${RC_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as "$bin/pg_ctl" -D "$RC_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$RC_PG_DIR"
