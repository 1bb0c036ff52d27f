#!/usr/bin/env bash
# Run a command against a fresh `spectrapi serve` on 127.0.0.1 with its own SQLite file.
# Exports SPECTRAPI_TEST_BASE_URL, SPECTRAPI_TEST_API_KEY (an Enterprise test key) and SPECTRAPI_OPENAPI_JSON for
# the command, then stops the server. Usage: scripts/with-local-server.sh COMMAND [ARGS...]
set -euo pipefail

venv_bin="${VENV:-.venv}/bin"
workdir=$(mktemp -d)
port=$("$venv_bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db="$workdir/spectrapi.sqlite3"

key=$("$venv_bin/spectrapi" keys create --plan enterprise --test --json --db "$db" |
  "$venv_bin/python" -c 'import json, sys; print(json.load(sys.stdin)["key"])')

SPECTRAPI_ENGINE=builtin POWERTOOLS_METRICS_DISABLED=true \
  "$venv_bin/spectrapi" serve --port "$port" --db "$db" >"$workdir/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$workdir"' EXIT

for _ in $(seq 1 100); do
  if "$venv_bin/python" -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; then
    break
  fi
  sleep 0.1
done

export SPECTRAPI_TEST_BASE_URL="http://127.0.0.1:$port/api/v1"
export SPECTRAPI_TEST_API_KEY="$key"
export SPECTRAPI_OPENAPI_JSON="http://127.0.0.1:$port/api/v1/openapi.json"
"$@"
