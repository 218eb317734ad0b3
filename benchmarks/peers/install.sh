#!/usr/bin/env bash
# Installs the peers of the side-by-side benchmark into folders git ignores:
#   python/.venv          temporalio (with its openai_agents contrib) + openai-agents, from PyPI
#   typescript/node_modules  @temporalio/openai-agents + @openai/agents, from npm
# Versions are pinned here so a published table can be reproduced.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

TEMPORALIO_PY=1.35.0
TEMPORALIO_OPENAI_AGENTS_PY=1.1.0   # the integration (temporalio.openai_agents); it needs openai-agents <0.23
OPENAI_AGENTS_PY=0.22.3
OPENAI_PY=3.57.0

echo "peers: Python venv in $HERE/python/.venv" >&2
python3 -m venv "$HERE/python/.venv"
"$HERE/python/.venv/bin/pip" install -q --upgrade pip
"$HERE/python/.venv/bin/pip" install -q "temporalio==$TEMPORALIO_PY" \
  "temporalio-openai-agents==$TEMPORALIO_OPENAI_AGENTS_PY" "openai-agents==$OPENAI_AGENTS_PY" "openai==$OPENAI_PY"
"$HERE/python/.venv/bin/pip" check
"$HERE/python/.venv/bin/python" -c 'import importlib.metadata as m; print("python peers:", *(p + " " + m.version(p) for p in ("temporalio", "temporalio-openai-agents", "openai-agents", "openai")))'

echo "peers: TypeScript in $HERE/typescript/node_modules" >&2
if npm view @temporalio/openai-agents@1.23.0 version >/dev/null 2>&1; then
  (cd "$HERE/typescript" && npm ci --no-audit --no-fund --loglevel=error)
  (cd "$HERE/typescript" && node -e 'const fs = require("fs"); for (const p of ["@temporalio/openai-agents", "@temporalio/worker", "@openai/agents", "@openai/agents-core", "@openai/agents-openai", "openai"]) console.log("ts peers:", p, JSON.parse(fs.readFileSync("node_modules/" + p + "/package.json")).version)')
else
  echo "peers: @temporalio/openai-agents is not served by npm; skipping the TypeScript peer" >&2
fi
