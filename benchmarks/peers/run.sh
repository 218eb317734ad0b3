#!/usr/bin/env bash
# The side-by-side benchmark, one command: a real Temporal dev server, the fake OpenAI server,
# then PeerBenchmark (interleaved rounds of Microagents, a bare Java workflow, and Temporal's
# Python and TypeScript OpenAI Agents integrations, each worker in its own process). Prints one
# table. Run ./install.sh once first, and build the Java side:
#   ./mvnw -B -pl benchmarks -am package -DskipTests -q
#   benchmarks/peers/run.sh [PeerBenchmark options, e.g. --rounds 3 --frameworks microagents,python]
# Environment: TEMPORAL_PORT (default 7233; 7333 when 7233 is taken). Binds 127.0.0.1 only.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=$ROOT/benchmarks/target/microagents-benchmarks.jar
STATE=$ROOT/benchmarks/target/peers
[[ -f $JAR ]] || { echo "run.sh: $JAR missing; build it (see the header of this script)" >&2; exit 1; }
mkdir -p "$STATE"
cd "$ROOT"

SCRIPT=run.sh
# shellcheck source=servers.sh
source "$HERE/servers.sh"

FRAMEWORKS=microagents,microagents-local,bare-java
if [[ -x $HERE/python/.venv/bin/python ]]; then FRAMEWORKS+=,python; fi
if [[ -d $HERE/typescript/node_modules/@temporalio/openai-agents ]]; then FRAMEWORKS+=,typescript; fi
echo "$(date -u +%FT%TZ) $(nproc) cores, $(uptime | sed 's/.*load/load/')"
echo "java: $(java -version 2>&1 | head -n 1)"
if [[ -x $HERE/python/.venv/bin/python ]]; then
  "$HERE/python/.venv/bin/python" -c 'import importlib.metadata as m, sys; print("python:", sys.version.split()[0], *(p + " " + m.version(p) for p in ("temporalio", "temporalio-openai-agents", "openai-agents", "openai")))'
fi
if [[ $FRAMEWORKS == *typescript ]]; then
  (cd "$HERE/typescript" && node -e 'const fs = require("fs"); console.log("node:", process.version, ...["@temporalio/openai-agents", "@temporalio/worker", "@openai/agents-core", "@openai/agents-openai", "openai"].map(p => p + " " + JSON.parse(fs.readFileSync("node_modules/" + p + "/package.json")).version))')
fi
# --frameworks given on the command line replaces the default (picocli would append a second one)
[[ " $* " == *" --frameworks"* ]] || set -- --frameworks "$FRAMEWORKS" "$@"
java -cp "$JAR" io.microagents.benchmarks.PeerBenchmark --temporal "127.0.0.1:$PORT" --openai "$OPENAI" \
  --peers "$HERE" "$@"
