#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and prints the shell lines that point the tests at it:
#   eval "$(tests/pg/start.sh)"      # exports RC_TEST_POSTGRES (an admin connection string) and RC_PG_DIR
#   tests/pg/stop.sh                 # stops it and deletes its folder
# Debian's postgresql package, initdb in a temporary folder, run as the postgres user, on a free port of 127.0.0.1
# with trust authentication: a cluster that exists for one test run and holds nothing worth a password.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "tests/pg/start.sh: PostgreSQL is not installed; run: apt-get update && apt-get install -y postgresql" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/rc-pg.XXXXXX)
# initdb refuses root: the cluster belongs to the postgres user when we are root, else to whoever runs this.
as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres: "$dir"
chmod 700 "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# fsync off: a crash loses nothing that matters in a throwaway cluster, and the tests create hundreds of databases.
as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
echo "export RC_PG_DIR='$dir'"
echo "export RC_PG_BIN='$bin'"
echo "export RC_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
