#!/usr/bin/env bash
# Headless Chromium and its WebDriver for the web console's browser tests (examples'
# io.microagents.examples.console.*InBrowserTest), from the Debian packages chromium and
# chromium-driver. The tests drive /usr/bin/chromedriver directly (no Selenium Manager, no
# downloads); where it is missing they are skipped, naming this script.
#
#   scripts/chromium.sh install   install chromium and chromium-driver with apt-get if missing
#   scripts/chromium.sh check     both there and runnable? (exit 0 = yes) prints their versions
#
# Exit codes: 0 ok, 2 usage, 3 missing and not installable here (one WARNING line on stderr).
#
# Environment (optional): CHROMIUM_BINARY, CHROMEDRIVER — other paths (the tests read them too).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BROWSER=${CHROMIUM_BINARY:-/usr/bin/chromium}
DRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
STATE_DIR=${CHROMIUM_STATE_DIR:-$ROOT/.chromium}
EXIT_MISSING=3

log() { echo "chromium: $*" >&2; }
missing() {
  echo "WARNING: $1: the console's browser tests are SKIPPED (fail with REQUIRE_CHROMIUM=1)" >&2
  exit "$EXIT_MISSING"
}

present() { [[ -x $BROWSER && -x $DRIVER ]]; }

cmd_check() {
  present || missing "Chromium not found ($BROWSER, $DRIVER); run scripts/chromium.sh install"
  local browser driver
  browser=$(timeout 20 "$BROWSER" --headless=new --no-sandbox --version 2>/dev/null | head -n 1) \
    || missing "$BROWSER does not run"
  driver=$(timeout 20 "$DRIVER" --version 2>/dev/null | head -n 1) || missing "$DRIVER does not run"
  echo "$browser; $driver"
}

cmd_install() {
  if present; then cmd_check; return; fi
  local sudo=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
      missing "Chromium not found and cannot be installed here (needs apt-get as root)"
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || missing "Chromium not found and apt-get is not available"
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/install.lock"   # one install at a time, even when several shells ask
  if command -v flock >/dev/null 2>&1 && ! flock -n 9; then
    log "another install is running; waiting for it"
    flock 9
  fi
  if ! present; then
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0)
    log "installing chromium and chromium-driver from Debian (apt-get)"
    # Package lists may be missing (slim images): update once, then try again.
    if ! "${apt[@]}" install --no-install-recommends chromium chromium-driver >&2; then
      "${apt[@]}" update >&2 || true
      "${apt[@]}" install --no-install-recommends chromium chromium-driver >&2 \
        || missing "apt-get could not install chromium and chromium-driver"
    fi
  fi
  exec 9>&-
  cmd_check
}

case ${1:-} in
  install) cmd_install ;;
  check) cmd_check ;;
  *) echo "usage: $0 {install|check}" >&2; exit 2 ;;
esac
