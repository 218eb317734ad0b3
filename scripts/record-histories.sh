#!/usr/bin/env bash
# Records the histories the build replays in RecordedHistoriesTest (examples) and
# RecordedScenarioHistoriesTest (orchestration-temporal): the examples and the durable
# scenarios run on a real Temporal server, their histories written as JSON under each
# module's src/test/resources/histories. Run it after a change meant to change histories,
# review the diff, commit the files.
#
#   scripts/record-histories.sh [host:port]   default: starts the dev server (scripts/temporal-dev-server.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
address=${1:-}
if [[ -z $address ]]; then
  bash scripts/temporal-dev-server.sh start --fresh
  address=$(bash scripts/temporal-dev-server.sh address)
  trap 'bash scripts/temporal-dev-server.sh stop' EXIT
fi
./mvnw -B -q install -DskipTests
record() {   # module, main class, folder
  local module=$1 main=$2 folder=$1/src/test/resources/histories
  ./mvnw -B -q -pl "$module" test-compile dependency:build-classpath -Dmdep.outputFile=target/record.classpath
  rm -rf "$folder" && mkdir -p "$folder"
  java -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/record.classpath")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$main" "$address" "$folder"
  echo "recorded: $(ls "$folder" | wc -l) files in $folder"
}
record examples io.microagents.examples.histories.RecordHistories
record orchestration-temporal io.microagents.temporal.histories.RecordScenarioHistories
