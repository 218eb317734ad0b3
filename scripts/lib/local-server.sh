# Shared by scripts/temporal-dev-server.sh, scripts/s3-server.sh and scripts/redis-server.sh: a
# server run in the background on 127.0.0.1 with a pid file (built with Go for the first two).
# Sourced; the caller defines
#   log, die                 messages (to stderr)
#   is_wanted_version BIN    whether BIN is the version the script wants (Go-built servers)
#   server_pid               prints the pid from PID_FILE when it is the script's server
#   healthy                  whether the server answers (await_start, cmd_status)
# and sets PID_FILE, STATE_DIR, IP, EXIT_NO_GO, and ADDRESS, LOG_FILE, START_TIMEOUT for
# await_start and cmd_status.

# Wall-clock seconds with one decimal (bash 5 EPOCHREALTIME; whole seconds elsewhere).
now() { if [[ -n ${EPOCHREALTIME:-} ]]; then echo "${EPOCHREALTIME/,/.}"; else date +%s; fi; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

port_in_use() { (exec 3<>"/dev/tcp/$IP/$1") 2>/dev/null; }

go_bin_dir() {
  local gobin
  gobin=$(go env GOBIN)
  if [[ -n $gobin ]]; then echo "$gobin"; else echo "$(go env GOPATH | cut -d: -f1)/bin"; fi
}

# go_binary NAME PACKAGE@VERSION LABEL MINUTES: prints the path of $(go_bin_dir)/NAME, built
# with `go install PACKAGE@VERSION` unless it is already the wanted version. One build at a
# time, even when several shells ask at once. Exits EXIT_NO_GO (with one loud line) without Go.
go_binary() {
  local name=$1 package=$2 label=$3 minutes=$4
  if ! command -v go >/dev/null 2>&1; then
    echo "WARNING: Go not found: cannot build $label" >&2
    exit "$EXIT_NO_GO"
  fi
  local bin
  bin=$(go_bin_dir)/$name
  if is_wanted_version "$bin"; then echo "$bin"; return; fi
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/install.lock"
  if command -v flock >/dev/null 2>&1 && ! flock -n 9; then
    log "another install is running; waiting for it"
    flock 9
  fi
  if ! is_wanted_version "$bin"; then
    log "building $label: go install $package (takes ~$minutes min on 2 cores)"
    local t0=$SECONDS
    go install "$package" >&2 || die "go install of $label failed"
    log "built $bin in $((SECONDS - t0))s"
    is_wanted_version "$bin" || die "$bin is not $label after go install (GOBIN/GOPATH?)"
  fi
  exec 9>&-
  echo "$bin"
}

# Stops the server of PID_FILE: SIGTERM, up to 20 s, then SIGKILL.
stop_server() {
  local pid i
  if ! pid=$(server_pid); then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid did not stop after SIGTERM; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 25; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -f "$PID_FILE"
  log "stopped (pid $pid)"
}

# pid_if_ours PATTERN: prints the pid of PID_FILE when that process is alive and its command
# line matches PATTERN (a recycled pid is someone else's).
pid_if_ours() {
  [[ -f $PID_FILE ]] || return 1
  local pid
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  ps -ww -o args= -p "$pid" 2>/dev/null | grep -q -- "$1" || return 1
  echo "$pid"
}

# await_start NAME PID LOG_FROM: waits until `healthy`; dies with the log's last lines (of
# this start: from line LOG_FROM) when the process exits or START_TIMEOUT seconds pass.
await_start() {
  local name=$1 pid=$2 log_from=$3 deadline=$((SECONDS + START_TIMEOUT))
  until healthy; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      tail -n +"$log_from" "$LOG_FILE" | tail -n 30 >&2 || true
      die "$name exited during startup (log: $LOG_FILE)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n +"$log_from" "$LOG_FILE" | tail -n 30 >&2 || true
      stop_server || true
      die "$name did not answer at $ADDRESS after ${START_TIMEOUT}s (log: $LOG_FILE)"
    fi
    sleep 0.1
  done
}

cmd_status() {
  local pid
  if ! pid=$(server_pid); then echo "not running"; return 1; fi
  if healthy; then echo "running (pid $pid) at $ADDRESS: answering"; return 0; fi
  echo "running (pid $pid) at $ADDRESS: NOT answering"; return 1
}
