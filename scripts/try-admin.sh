#!/usr/bin/env bash
# The admin API example of README.md ("Admin API"), end to end: create an artist and a release, fix the release with
# If-Match, see a stale write refused, delete it. Run it against a service started with an admin key and the demo
# catalog; it may run again (the artist is created once, each run adds a release):
#   KEY=... scripts/try-admin.sh                    # BASE defaults to http://localhost:5080
# Needs curl and jq. .ci/run runs this script against a live service and checks README shows the part below verbatim.
set -euo pipefail
: "${KEY:?set KEY to the admin key the service was started with}"
# --- shown in README.md ---
BASE=${BASE:-http://localhost:5080}
until curl -fsS "$BASE/health/ready" >/dev/null 2>&1; do sleep 1; done   # the first build takes a while
H=(-H "X-Api-Key: $KEY" -H 'Content-Type: application/json')
headers=$(mktemp)
# an artist, a member of BTS (unless a previous run made it); --fail-with-body shows the problem if one comes back
curl -fsS "$BASE/api/subjects/v" >/dev/null 2>&1 ||
curl -sS --fail-with-body "${H[@]}" -X POST "$BASE/api/admin/subjects" -d '{"slug":"v","kind":"artist",
  "names":{"en":"V","ru":"Ви","ko":"뷔"},"aliases":["Kim Taehyung","Ким Тэхён"],"memberOf":["bts"]}' | jq .feeds
# a release at 13:00 Seoul time; keep its id and its ETag (the revision)
release=$(curl -sS --fail-with-body "${H[@]}" -D "$headers" -X POST "$BASE/api/admin/releases" -d '{"subjects":["v"],
  "title":"Layover","kind":"album","date":"2023-09-08","time":"13:00","timeZone":"Asia/Seoul","status":"announced"}')
ID=$(jq -r .id <<<"$release")
ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' "$headers" | tr -d '\r')
echo "created $ID, ETag $ETAG"
# fix it: send the whole release again with If-Match: the ETag from the last reply
curl -sS --fail-with-body "${H[@]}" -X PUT "$BASE/api/admin/releases/$ID" -H "If-Match: $ETAG" -d '{"subjects":["v"],
  "title":"Layover","kind":"album","date":"2023-09-08","time":"13:00","timeZone":"Asia/Seoul","status":"released",
  "links":["https://ibighit.com/en/bts/"]}' | jq '{title, status, links}'
# the old ETag is now stale: 412, nothing stored
curl -sS -o /dev/null -w '%{http_code}\n' "${H[@]}" -X PUT "$BASE/api/admin/releases/$ID" -H "If-Match: $ETAG" \
  -d '{"subjects":["v"],"title":"Oops","kind":"album","date":"2023-09-08"}'
curl -fsS "$BASE/feeds/v.ics" | grep -E '^(SUMMARY|STATUS)'
# delete it: it stays in feeds as STATUS:CANCELLED for Catalog:CancelledRetention (30 days)
curl -sS --fail-with-body "${H[@]}" -X DELETE "$BASE/api/admin/releases/$ID" -o /dev/null -w '%{http_code}\n'
curl -fsS "$BASE/feeds/v.ics" | grep -E '^(SUMMARY|STATUS)'
