#!/usr/bin/env bash
# A real Temporal server (the CLI's `server start-dev`) for local runs and CI.
#
#   scripts/temporal-dev-server.sh install          build/reuse the Temporal CLI (Go toolchain)
#   scripts/temporal-dev-server.sh start [--fresh]  start it in the background on 127.0.0.1, wait until ready
#   scripts/temporal-dev-server.sh stop             stop it (pid file), wait until it is gone
#   scripts/temporal-dev-server.sh status           running and healthy? (exit 0 = yes)
#   scripts/temporal-dev-server.sh address          print host:port (for TEMPORAL_ADDRESS)
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 Go missing (no CLI can be built; use the embedded suite).
#
# Environment (all optional):
#   TEMPORAL_PORT           frontend gRPC port        (default 7233)
#   TEMPORAL_UI_PORT        Web UI port               (default TEMPORAL_PORT + 1000)
#   TEMPORAL_HEADLESS=1     no Web UI
#   TEMPORAL_START_TIMEOUT  seconds to wait for ready (default 60)
#   TEMPORAL_CLI            use this temporal binary instead of $(go env GOPATH)/bin/temporal
#   TEMPORAL_STATE_DIR      pid, log and SQLite file  (default <repo>/.temporal)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLI_MODULE=github.com/temporalio/cli
CLI_VERSION=v1.5.1   # later tags carry a replace directive that `go install` refuses
IP=127.0.0.1
PORT=${TEMPORAL_PORT:-7233}
UI_PORT=${TEMPORAL_UI_PORT:-$((PORT + 1000))}
START_TIMEOUT=${TEMPORAL_START_TIMEOUT:-60}
STATE_DIR=${TEMPORAL_STATE_DIR:-$ROOT/.temporal}
PID_FILE=$STATE_DIR/server.pid
LOG_FILE=$STATE_DIR/server.log
DB_FILE=$STATE_DIR/dev.sqlite
ADDRESS=$IP:$PORT
EXIT_NO_GO=3

# shellcheck source=lib/local-server.sh
source "$ROOT/scripts/lib/local-server.sh"
log() { echo "temporal-dev-server: $*" >&2; }
die() { echo "temporal-dev-server: ERROR: $*" >&2; exit 1; }

# Global flags so a developer's Temporal env vars / config file (Cloud address, TLS, API key)
# never leak into calls aimed at the local dev server.
NO_CONFIG=(--disable-config-env --disable-config-file)

# The CLI built by `go install` reports "0.0.0-DEV" for --version; the module version is in
# the binary's build info. Release binaries report the version directly.
is_wanted_version() {
  local bin=$1
  [[ -x $bin ]] || return 1
  if "$bin" --version 2>/dev/null | grep -q "version ${CLI_VERSION#v}\b"; then return 0; fi
  command -v go >/dev/null 2>&1 &&
    go version -m "$bin" 2>/dev/null | grep -qE "^[[:space:]]*mod[[:space:]]+$CLI_MODULE[[:space:]]+$CLI_VERSION([[:space:]]|$)"
}

# Prints the path of a usable CLI; builds it if needed. Exit 3 when Go is missing.
cli_path() {
  if [[ -n ${TEMPORAL_CLI:-} ]]; then
    is_wanted_version "$TEMPORAL_CLI" || die "TEMPORAL_CLI=$TEMPORAL_CLI is not the Temporal CLI $CLI_VERSION"
    echo "$TEMPORAL_CLI"; return
  fi
  go_binary temporal "$CLI_MODULE/cmd/temporal@$CLI_VERSION" \
    "the Temporal CLI $CLI_VERSION; running the embedded Temporal suite only" 5
}

server_pid() { pid_if_ours 'server start-dev'; }  # a recycled pid is someone else's

healthy() {
  local bin=$1
  "$bin" operator cluster health --address "$ADDRESS" --command-timeout 3s "${NO_CONFIG[@]}" 2>/dev/null | grep -q SERVING &&
    "$bin" operator namespace describe --namespace default --address "$ADDRESS" --command-timeout 3s "${NO_CONFIG[@]}" -o none >/dev/null 2>&1
}

cmd_install() {
  local bin
  bin=$(cli_path)
  log "Temporal CLI $CLI_VERSION: $bin"
  echo "$bin"
}

cmd_start() {
  local fresh=0
  case ${1:-} in --fresh) fresh=1 ;; "") ;; *) echo "usage: $0 start [--fresh]" >&2; exit 2 ;; esac
  local bin pid
  bin=$(cli_path)
  if pid=$(server_pid); then
    if healthy "$bin"; then log "already running (pid $pid) at $ADDRESS"; return 0; fi
    die "pid $pid from $PID_FILE is running but $ADDRESS is not healthy; run '$0 stop' first"
  fi
  rm -f "$PID_FILE"
  local p ports=("$PORT")
  [[ ${TEMPORAL_HEADLESS:-0} == 1 ]] || ports+=("$UI_PORT")
  for p in "${ports[@]}"; do
    port_in_use "$p" && die "port $IP:$p is already in use by another process; set TEMPORAL_PORT / TEMPORAL_UI_PORT"
  done
  mkdir -p "$STATE_DIR"
  if ((fresh)); then rm -f "$DB_FILE" "$DB_FILE-wal" "$DB_FILE-shm" "$DB_FILE-journal"; fi
  local ui=(--ui-ip "$IP" --ui-port "$UI_PORT")
  [[ ${TEMPORAL_HEADLESS:-0} == 1 ]] && ui=(--headless)
  local t0 log_from
  t0=$(now)
  touch "$LOG_FILE"
  log_from=$(($(wc -l <"$LOG_FILE") + 1))   # this start's lines, for error reports
  echo "=== $(date -u +%FT%TZ) start-dev on $ADDRESS" >>"$LOG_FILE"
  # --http-port and --metrics-port default to random free ports bound to --ip.
  # Eager activity execution hands an activity scheduled by a workflow task straight back to
  # the worker that completed it, skipping a trip through matching: measured here, it halves
  # the time per agent turn (docs/performance.md). Production servers have the same switch.
  nohup "$bin" server start-dev --ip "$IP" --port "$PORT" "${ui[@]}" \
    --db-filename "$DB_FILE" --log-level warn "${NO_CONFIG[@]}" \
    --dynamic-config-value system.enableActivityEagerExecution=true \
    >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  local deadline=$((SECONDS + START_TIMEOUT))
  until healthy "$bin"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n +"$log_from" "$LOG_FILE" | tail -n 30 >&2 || true
      die "the Temporal dev server exited during startup (log: $LOG_FILE)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n +"$log_from" "$LOG_FILE" | tail -n 30 >&2 || true
      cmd_stop || true
      die "the Temporal dev server was not ready at $ADDRESS after ${START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    sleep 0.5
  done
  local ui_msg="UI http://$IP:$UI_PORT"
  [[ ${TEMPORAL_HEADLESS:-0} == 1 ]] && ui_msg="no UI"
  log "ready at $ADDRESS after $(since "$t0")s (pid $pid, $ui_msg, db $DB_FILE, log $LOG_FILE)"
}

cmd_stop() { stop_server; }

cmd_status() {
  local pid bin
  if ! pid=$(server_pid); then echo "not running"; return 1; fi
  bin=$(cli_path 2>/dev/null) || { echo "running (pid $pid), CLI unavailable for a health check"; return 1; }
  if healthy "$bin"; then echo "running (pid $pid) at $ADDRESS: healthy"; return 0; fi
  echo "running (pid $pid) at $ADDRESS: NOT healthy"; return 1
}

case ${1:-} in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  address) echo "$ADDRESS" ;;
  *) echo "usage: $0 {install|start [--fresh]|stop|status|address}" >&2; exit 2 ;;
esac
