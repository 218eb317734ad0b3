package io.microagents.temporal.histories;

import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.deploy.HistoryFiles;
import io.microagents.testing.ScriptedModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Durable scenarios recorded on a real Temporal server by an earlier build
 * (src/test/resources/histories, written by {@link RecordScenarioHistories}) replay on this
 * build, in this fresh JVM: a change to the runtime that would break runs like them in flight
 * — approvals, questions, handoff filters, agents as tools, inline tools, stored payloads,
 * continue-as-new, failures, definition upgrades — fails here.
 */
class RecordedScenarioHistoriesTest {

  @Test
  void everyRecordedScenarioReplays() throws URISyntaxException {
    Path folder = Path.of(RecordedScenarioHistoriesTest.class.getResource("/histories").toURI());

    HistoryFiles.replayAll(folder, worker ->
        MicroagentsWorker.register(worker, AgentRegistry.of(ScenarioAgents.Desk.class), new ScriptedModel()));
  }
}
