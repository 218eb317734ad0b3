#!/usr/bin/env bash
# Sourced by run.sh and run-workers.sh: a fresh Temporal dev server (eager activities on, as
# scripts/temporal-dev-server.sh starts it) and the fake OpenAI server, both on 127.0.0.1,
# stopped when the script exits. Expects ROOT, JAR, STATE (a folder of its own under
# benchmarks/target) and SCRIPT (the caller's name, for errors); sets PORT and OPENAI.
# Environment: TEMPORAL_PORT (default 7233; 7333 when 7233 is taken), TEMPORAL_STATE_DIR.

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${TEMPORAL_PORT:-7233}
if [[ -z ${TEMPORAL_PORT:-} ]] && ! port_free "$PORT"; then PORT=7333; fi
export TEMPORAL_PORT=$PORT TEMPORAL_HEADLESS=1 TEMPORAL_STATE_DIR=${TEMPORAL_STATE_DIR:-$STATE/temporal}

FAKE_PID=
stop_servers() {
  [[ -n $FAKE_PID ]] && kill "$FAKE_PID" 2>/dev/null || true
  "$ROOT/scripts/temporal-dev-server.sh" stop >/dev/null 2>&1 || true
}
trap stop_servers EXIT
"$ROOT/scripts/temporal-dev-server.sh" start --fresh

rm -f "$STATE/fake-openai.out" # else the wait below may read the last run's address before the new server truncates it
java -cp "$JAR" io.microagents.benchmarks.PeerFakeOpenAi >"$STATE/fake-openai.out" 2>&1 &
FAKE_PID=$!
OPENAI=
for _ in $(seq 100); do
  OPENAI=$(head -n 1 "$STATE/fake-openai.out" 2>/dev/null || true)
  [[ $OPENAI == http* ]] && break
  sleep 0.2
done
[[ $OPENAI == http* ]] || { cat "$STATE/fake-openai.out" >&2; echo "$SCRIPT: the fake OpenAI server did not start" >&2; exit 1; }
echo "$SCRIPT: Temporal at 127.0.0.1:$PORT, fake OpenAI at $OPENAI; load: $(uptime | sed 's/.*load/load/')" >&2
