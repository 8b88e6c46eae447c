#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on 127.0.0.1:54329 (trust auth, data in /tmp) so that the
# PostgreSQL journal tests run instead of skipping. Needs the PostgreSQL server binaries
# (Debian: apt-get install -y postgresql) and, as root, the 'postgres' system user.
# Stop it with: pg_ctl -D /tmp/stockadj-pg stop   (run as the same user)
set -euo pipefail
PORT=${STOCKADJ_PG_PORT:-54329}
DATA=${STOCKADJ_PG_DATA:-/tmp/stockadj-pg}
BIN=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"; [ "$(id -u)" = 0 ] && chown postgres "$DATA"
  run "$BIN/initdb -D $DATA -U postgres --auth=trust -E UTF8 >/dev/null"
fi
run "$BIN/pg_ctl -D $DATA -l $DATA/log -o '-c listen_addresses=127.0.0.1 -p $PORT -k /tmp' -w start >/dev/null" || true
echo "PostgreSQL on jdbc:postgresql://127.0.0.1:$PORT/postgres?user=postgres (STOCKADJ_TEST_PG_URL)"
