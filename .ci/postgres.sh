#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests marked `postgres`.
# Usage: eval "$(bash .ci/postgres.sh)"   (needs root; prints one `export FRONTLINES_TEST_PG_URL=...`)
# Idempotent: installs Debian's postgresql only if absent, and reuses a server this script started
# earlier (state in $FRONTLINES_PG_DIR, default /tmp/frontlines-pg). Stop it with
#   bash .ci/postgres.sh stop
set -euo pipefail
exec 3>&1 1>&2   # everything but the final export line goes to stderr

PGDIR="${FRONTLINES_PG_DIR:-/tmp/frontlines-pg}"
DB=frontlines_test

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
fi
BIN="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
run_pg() { su postgres -s /bin/bash -c "$*"; }

if [ "${1:-}" = stop ]; then
    if [ -f "$PGDIR/data/PG_VERSION" ]; then
        run_pg "'$BIN/pg_ctl' -D '$PGDIR/data' -m fast stop" || true
    fi
    exit 0
fi

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

mkdir -p "$PGDIR"
chown postgres:postgres "$PGDIR"
if [ ! -f "$PGDIR/data/PG_VERSION" ]; then
    run_pg "'$BIN/initdb' -D '$PGDIR/data' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null
fi
if ! run_pg "'$BIN/pg_ctl' -D '$PGDIR/data' status" >/dev/null 2>&1; then
    free_port >"$PGDIR/port"
    PORT="$(cat "$PGDIR/port")"
    # 3>&- ...: the server must not inherit fd 3 (the caller's $(...) pipe) or any other open file
    # of the caller, or the caller waits for it forever
    run_pg "'$BIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/server.log' -w start \
        -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off\"" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
fi
PORT="$(cat "$PGDIR/port")"
if ! run_pg "'$BIN/psql' -h /tmp -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1; then
    run_pg "'$BIN/createdb' -h /tmp -p $PORT -U postgres $DB"
fi
echo "export FRONTLINES_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB" >&3
