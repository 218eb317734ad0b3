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

SCRIPT=run-workers.sh
# shellcheck source=servers.sh
source "$HERE/servers.sh"
echo "$(date -u +%FT%TZ) $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "java: $(java -version 2>&1 | head -n 1)"
java -cp "$JAR" io.microagents.benchmarks.MultiWorkerBenchmark --temporal "127.0.0.1:$PORT" --openai "$OPENAI" \
  --server-pid "$(cat "$TEMPORAL_STATE_DIR/server.pid")" --logs "$STATE" "$@"
