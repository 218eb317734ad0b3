#!/usr/bin/env bash
# Throughput across worker processes, one command: a real Temporal dev server (eager activities
# on, as scripts/temporal-dev-server.sh starts it), the fake OpenAI server, then
# MultiWorkerBenchmark (1, 2, 3 worker processes of Microagents and of the bare Java workflow
# on one task queue each; model turns/s, CPU per turn, and where model input by reference came
# from). Prints one table. Build the Java side first:
#   ./mvnw -B -pl benchmarks -am package -DskipTests -q
#   benchmarks/peers/run-workers.sh [MultiWorkerBenchmark options, e.g. --workers 1,2 --concurrent 200]
# Environment: TEMPORAL_PORT (default 7233; 7333 when 7233 is taken), TEMPORAL_STATE_DIR. Binds 127.0.0.1 only.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=$ROOT/benchmarks/target/microagents-benchmarks.jar
STATE=$ROOT/benchmarks/target/workers
[[ -f $JAR ]] || { echo "run-workers.sh: $JAR missing; build it (see the header of this script)" >&2; exit 1; }
mkdir -p "$STATE"
cd "$ROOT"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${TEMPORAL_PORT:-7233}
if [[ -z ${TEMPORAL_PORT:-} ]] && ! port_free "$PORT"; then PORT=7333; fi
export TEMPORAL_PORT=$PORT TEMPORAL_HEADLESS=1 TEMPORAL_STATE_DIR=${TEMPORAL_STATE_DIR:-$STATE/temporal}

FAKE_PID=
cleanup() {
  [[ -n $FAKE_PID ]] && kill "$FAKE_PID" 2>/dev/null || true
  scripts/temporal-dev-server.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
scripts/temporal-dev-server.sh start --fresh

java -cp "$JAR" io.microagents.benchmarks.PeerFakeOpenAi >"$STATE/fake-openai.out" 2>&1 &
FAKE_PID=$!
for _ in $(seq 100); do
  OPENAI=$(head -n 1 "$STATE/fake-openai.out" 2>/dev/null || true)
  [[ $OPENAI == http* ]] && break
  sleep 0.2
done
[[ $OPENAI == http* ]] || { cat "$STATE/fake-openai.out" >&2; echo "run-workers.sh: the fake OpenAI server did not start" >&2; exit 1; }
echo "$(date -u +%FT%TZ) $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "java: $(java -version 2>&1 | head -n 1)"
java -cp "$JAR" io.microagents.benchmarks.MultiWorkerBenchmark --temporal "127.0.0.1:$PORT" --openai "$OPENAI" \
  --server-pid "$(cat "$TEMPORAL_STATE_DIR/server.pid")" --logs "$STATE" "$@"
