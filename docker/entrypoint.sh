#!/bin/sh
# One server image, three roles. The first argument picks the compiled entry point;
# `exec` hands PID 1 (or tini's child slot) to node so it receives SIGTERM directly.
set -eu

role="${1:-api}"
[ "$#" -gt 0 ] && shift

case "$role" in
  api) exec node dist/server/apps/api/src/main.js "$@" ;;
  worker) exec node dist/server/apps/worker/src/main.js "$@" ;;
  migrate) exec node dist/server/apps/api/src/migrate.js "$@" ;;
  *)
    echo "usage: entrypoint.sh api|worker|migrate (got: $role)" >&2
    exit 64
    ;;
esac
