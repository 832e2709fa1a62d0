#!/bin/bash
# A hot standby of the primary: on first start, copy it with pg_basebackup (-R writes the standby
# settings), then run PostgreSQL as usual. It follows the primary by streaming replication.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  until gosu postgres pg_basebackup -h postgres -U replicator -D "$PGDATA" -R -X stream -P; do
    echo "waiting for the primary…"
    sleep 2
  done
fi
exec docker-entrypoint.sh postgres -c hot_standby=on -c max_connections=300
