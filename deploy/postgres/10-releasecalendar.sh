#!/bin/sh
# First start of the official postgres image (/docker-entrypoint-initdb.d): creates the service's role and database.
# The entrypoint runs *.sh and *.sql here and skips other files, so create-database.psql runs only from this script.
set -eu
: "${RELEASECALENDAR_DB_PASSWORD:?set RELEASECALENDAR_DB_PASSWORD for the releasecalendar role}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v password="$RELEASECALENDAR_DB_PASSWORD" -f /docker-entrypoint-initdb.d/create-database.psql
