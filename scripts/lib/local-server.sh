# Shared by scripts/temporal-dev-server.sh and scripts/s3-server.sh: a server built with Go,
# run in the background on 127.0.0.1 with a pid file. Sourced; the caller defines
#   log, die                 messages (to stderr)
#   is_wanted_version BIN    whether BIN is the version the script wants
#   server_pid               prints the pid from PID_FILE when it is the script's server
# and sets PID_FILE, STATE_DIR, IP, EXIT_NO_GO.

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
