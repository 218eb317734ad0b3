#!/usr/bin/env bash
# A real S3-compatible server (Versity S3 Gateway, posix backend) for local runs and CI.
#
#   scripts/s3-server.sh install          build/reuse versitygw (Go toolchain)
#   scripts/s3-server.sh start [--fresh]  start it in the background on 127.0.0.1, create the bucket, wait until ready
#   scripts/s3-server.sh stop             stop it (pid file), wait until it is gone
#   scripts/s3-server.sh status           running and answering? (exit 0 = yes)
#   scripts/s3-server.sh address          print http://127.0.0.1:PORT (for S3_ENDPOINT)
#
# Exit codes: 0 ok, 1 failure, 2 usage, 3 Go missing (versitygw cannot be built).
#
# Environment (all optional):
#   S3_PORT            listen port                              (default 7070)
#   S3_BUCKET          bucket created by start                  (default microagents)
#   S3_ACCESS_KEY      root access key id                       (default: a fixed test-only value)
#   S3_SECRET_KEY      root secret key                          (default: a fixed test-only value)
#   S3_START_TIMEOUT   seconds to wait for ready                (default 30)
#   VERSITYGW          use this versitygw binary instead of $(go env GOPATH)/bin/versitygw
#   S3_STATE_DIR       pid, log and data directory              (default <repo>/.s3)
#
# The keys reach the server through its environment, never its command line (ps) or the log.
# The test defaults are the same as in orchestration-s3's tests: with them unset on both
# sides, the tests and this server agree.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GW_MODULE=github.com/versity/versitygw
GW_VERSION=v1.8.0
IP=127.0.0.1
PORT=${S3_PORT:-7070}
BUCKET=${S3_BUCKET:-microagents}
START_TIMEOUT=${S3_START_TIMEOUT:-30}
STATE_DIR=${S3_STATE_DIR:-$ROOT/.s3}
PID_FILE=$STATE_DIR/server.pid
LOG_FILE=$STATE_DIR/server.log
DATA_DIR=$STATE_DIR/data
ADDRESS=http://$IP:$PORT
EXIT_NO_GO=3
# Test-only defaults; also in orchestration-s3/src/test/.../S3Server.java.
DEFAULT_ACCESS_KEY=microagents-test
DEFAULT_SECRET_KEY=microagents-test-secret

# shellcheck source=lib/local-server.sh
source "$ROOT/scripts/lib/local-server.sh"
log() { echo "s3-server: $*" >&2; }
die() { echo "s3-server: ERROR: $*" >&2; exit 1; }

[[ $PORT =~ ^[0-9]+$ ]] || { echo "s3-server: S3_PORT must be a number: $PORT" >&2; exit 2; }
# A posix bucket is a directory: keep the name to S3's rules so it cannot escape DATA_DIR.
[[ $BUCKET =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ && $BUCKET != *..* ]] ||
  { echo "s3-server: S3_BUCKET is not a valid bucket name: $BUCKET" >&2; exit 2; }

# `go install pkg@version` leaves the version in the binary's build info only ("--version"
# prints "git"), so the check reads that.
is_wanted_version() {
  local bin=$1
  [[ -x $bin ]] || return 1
  command -v go >/dev/null 2>&1 || return 0   # a given binary, no Go to inspect it: trust it
  go version -m "$bin" 2>/dev/null | grep -qE "^[[:space:]]*mod[[:space:]]+$GW_MODULE[[:space:]]+$GW_VERSION([[:space:]]|$)"
}

# Prints the path of a usable versitygw; builds it if needed. Exit 3 when Go is missing.
gw_path() {
  if [[ -n ${VERSITYGW:-} ]]; then
    is_wanted_version "$VERSITYGW" || die "VERSITYGW=$VERSITYGW is not versitygw $GW_VERSION"
    echo "$VERSITYGW"; return
  fi
  go_binary versitygw "$GW_MODULE/cmd/versitygw@$GW_VERSION" \
    "versitygw $GW_VERSION (the S3 server); orchestration-s3 tests skip (fail with REQUIRE_S3=1)" 2
}

server_pid() { pid_if_ours 'versitygw.* posix'; }

# An unsigned request answered with S3 error XML (AccessDenied for the anonymous ListBuckets)
# means the gateway is up. Plain bash, no curl needed.
healthy() {
  local reply
  reply=$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    printf "GET / HTTP/1.0\r\nHost: %s:%s\r\n\r\n" "$1" "$2" >&3
    cat <&3' _ "$IP" "$PORT" 2>/dev/null) || return 1
  [[ $reply == HTTP/1.[01]\ * && $reply == *"<Error><Code>"* ]]
}

cmd_install() {
  local bin
  bin=$(gw_path)
  log "versitygw $GW_VERSION: $bin"
  echo "$bin"
}

cmd_start() {
  local fresh=0
  case ${1:-} in --fresh) fresh=1 ;; "") ;; *) echo "usage: $0 start [--fresh]" >&2; exit 2 ;; esac
  local bin pid
  bin=$(gw_path)
  if pid=$(server_pid); then
    if healthy; then
      mkdir -p "$DATA_DIR/$BUCKET"
      log "already running (pid $pid) at $ADDRESS, bucket $BUCKET"
      return 0
    fi
    die "pid $pid from $PID_FILE is running but $ADDRESS does not answer; run '$0 stop' first"
  fi
  rm -f "$PID_FILE"
  port_in_use "$PORT" && die "port $IP:$PORT is already in use by another process; set S3_PORT"
  if ((fresh)); then rm -rf "$DATA_DIR"; fi
  # The posix backend: every directory under DATA_DIR is a bucket (the root user owns all).
  mkdir -p "$DATA_DIR/$BUCKET"
  local t0 log_from
  t0=$(now)
  touch "$LOG_FILE"
  log_from=$(($(wc -l <"$LOG_FILE") + 1))   # this start's lines, for error reports
  echo "=== $(date -u +%FT%TZ) versitygw posix on $ADDRESS" >>"$LOG_FILE"
  # Only our settings reach the gateway: drop the caller's VGW_* / ROOT_* variables (a
  # VGW_LOG_LEVEL=unsafe would log the secret). The keys go in through the environment of a
  # subshell that execs the gateway, so they never appear on a command line (ps).
  (
    access=${S3_ACCESS_KEY:-$DEFAULT_ACCESS_KEY} secret=${S3_SECRET_KEY:-$DEFAULT_SECRET_KEY}
    for v in $(compgen -e); do
      if [[ $v == VGW_* || $v == ROOT_* || $v == S3_ACCESS_KEY || $v == S3_SECRET_KEY ]]; then unset "$v"; fi
    done
    export ROOT_ACCESS_KEY_ID=$access ROOT_SECRET_ACCESS_KEY=$secret
    unset access secret
    exec nohup "$bin" --port "$IP:$PORT" --quiet --log-level silent posix "$DATA_DIR"
  ) >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  await_start versitygw "$pid" "$log_from"
  log "ready at $ADDRESS after $(since "$t0")s (pid $pid, bucket $BUCKET, data $DATA_DIR, log $LOG_FILE)"
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
