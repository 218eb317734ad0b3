#!/usr/bin/env bash
# A real Redis server for orchestration-redis (live model output over Redis Streams), for
# local runs and CI. In memory only: no RDB snapshots, no append-only file.
#
#   scripts/redis-server.sh install          install redis-server from Debian (apt-get) if missing
#   scripts/redis-server.sh start [--fresh]  start it in the background on 127.0.0.1, wait until ready
#                                            (--fresh: empty it, also when it was already running)
#   scripts/redis-server.sh stop             stop it (pid file), wait until it is gone
#   scripts/redis-server.sh status           running and answering? (exit 0 = yes)
#   scripts/redis-server.sh address          print redis://127.0.0.1:PORT (for REDIS_URI)
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 redis-server missing and not installable here.
#
# Environment (all optional):
#   REDIS_PORT            listen port                          (default 6390, not Redis's 6379)
#   REDIS_START_TIMEOUT   seconds to wait for ready            (default 15)
#   REDIS_SERVER          use this redis-server binary instead of the one on PATH
#   REDIS_STATE_DIR       pid file, log and working directory  (default <repo>/.redis)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IP=127.0.0.1
PORT=${REDIS_PORT:-6390}
START_TIMEOUT=${REDIS_START_TIMEOUT:-15}
STATE_DIR=${REDIS_STATE_DIR:-$ROOT/.redis}
PID_FILE=$STATE_DIR/server.pid
LOG_FILE=$STATE_DIR/server.log
ADDRESS=redis://$IP:$PORT
EXIT_MISSING=3

# shellcheck source=lib/local-server.sh
source "$ROOT/scripts/lib/local-server.sh"
log() { echo "redis-server: $*" >&2; }
die() { echo "redis-server: ERROR: $*" >&2; exit 1; }

[[ $PORT =~ ^[0-9]+$ ]] || { echo "redis-server: REDIS_PORT must be a number: $PORT" >&2; exit 2; }

# Prints the path of redis-server; installs the Debian package when it is missing and apt-get
# can run (root, or sudo without a password). Exit 3 with one loud line when it cannot.
server_path() {
  if [[ -n ${REDIS_SERVER:-} ]]; then
    [[ -x $REDIS_SERVER ]] || die "REDIS_SERVER=$REDIS_SERVER is not an executable"
    echo "$REDIS_SERVER"; return
  fi
  if command -v redis-server >/dev/null 2>&1; then command -v redis-server; return; fi
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else sudo=(none); fi
  fi
  if ! command -v apt-get >/dev/null 2>&1 || [[ ${sudo[0]:-} == none ]]; then
    echo "WARNING: redis-server not found and cannot be installed here (needs apt-get as root): orchestration-redis tests skip (fail with REQUIRE_REDIS=1)" >&2
    exit "$EXIT_MISSING"
  fi
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/install.lock"   # one install at a time, even when several shells ask
  if command -v flock >/dev/null 2>&1 && ! flock -n 9; then
    log "another install is running; waiting for it"
    flock 9
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
    log "installing redis-server from Debian (apt-get)"
    # Package lists may be missing (slim images): update once, then try again.
    if ! "${apt[@]}" install --no-install-recommends redis-server >&2; then
      "${apt[@]}" update >&2 || true
      "${apt[@]}" install --no-install-recommends redis-server >&2 || {
        echo "WARNING: apt-get could not install redis-server: orchestration-redis tests skip (fail with REQUIRE_REDIS=1)" >&2
        exit "$EXIT_MISSING"
      }
    fi
  fi
  exec 9>&-
  command -v redis-server >/dev/null 2>&1 || die "redis-server is not on PATH after apt-get install"
  command -v redis-server
}

server_pid() { pid_if_ours "redis-server.*:$PORT"; }

# Sends one command in Redis's protocol (no redis-cli needed) and prints the first reply line.
redis_call() {
  timeout 3 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    shift 2
    printf "*%d\r\n" "$#" >&3
    for a in "$@"; do printf "\$%d\r\n%s\r\n" "${#a}" "$a" >&3; done
    IFS= read -r line <&3 && printf "%s\n" "${line%$'"'"'\r'"'"'}"' _ "$IP" "$PORT" "$@" 2>/dev/null
}

healthy() { [[ $(redis_call PING) == +PONG ]]; }

cmd_install() {
  local bin
  bin=$(server_path)
  log "$("$bin" --version 2>/dev/null | head -n 1): $bin"
  echo "$bin"
}

cmd_start() {
  local fresh=0
  case ${1:-} in --fresh) fresh=1 ;; "") ;; *) echo "usage: $0 start [--fresh]" >&2; exit 2 ;; esac
  local bin pid
  bin=$(server_path)
  if pid=$(server_pid); then
    healthy || die "pid $pid from $PID_FILE is running but $ADDRESS does not answer; run '$0 stop' first"
    if ((fresh)); then
      [[ $(redis_call FLUSHALL) == +OK ]] || die "FLUSHALL on $ADDRESS failed"
      log "already running (pid $pid) at $ADDRESS; emptied (--fresh)"
    else
      log "already running (pid $pid) at $ADDRESS"
    fi
    return 0
  fi
  rm -f "$PID_FILE"
  port_in_use "$PORT" && die "port $IP:$PORT is already in use by another process; set REDIS_PORT"
  mkdir -p "$STATE_DIR"
  local t0 log_from
  t0=$(now)
  touch "$LOG_FILE"
  log_from=$(($(wc -l <"$LOG_FILE") + 1))   # this start's lines, for error reports
  echo "=== $(date -u +%FT%TZ) redis-server on $ADDRESS" >>"$LOG_FILE"
  # Foreground (no --daemonize) so $! is the server; in memory only; the working directory
  # is the state dir, so nothing is written next to the caller even if a save were asked for.
  (cd "$STATE_DIR" && exec nohup "$bin" --port "$PORT" --bind "$IP" --protected-mode yes \
    --save '' --appendonly no --daemonize no --dir "$STATE_DIR" --logfile '') \
    >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  await_start redis-server "$pid" "$log_from"
  log "ready at $ADDRESS after $(since "$t0")s (pid $pid, in memory only, log $LOG_FILE)"
}

cmd_stop() { stop_server; }

case ${1:-} in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  address) echo "$ADDRESS" ;;
  *) echo "usage: $0 {install|start [--fresh]|stop|status|address}" >&2; exit 2 ;;
esac
