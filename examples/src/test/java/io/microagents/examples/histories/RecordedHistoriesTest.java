package io.microagents.examples.histories;

import io.microagents.examples.ExampleAgents;
import io.microagents.examples.ExampleWorkflows;
import io.microagents.examples.agenticloop.AgenticLoopWorker;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.agent.AgentRegistry;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.deploy.HistoryFiles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Histories recorded on a real Temporal server by an earlier build (src/test/resources/
 * histories, written by {@link RecordHistories}) replay on this build, in this fresh JVM: a
 * change to the agents, the loop or the workflows that would break runs like them in flight
 * fails here.
 */
class RecordedHistoriesTest {

  @Test
  void everyRecordedExampleHistoryReplays() throws URISyntaxException {
    AgentRegistry registry = ExampleAgents.registry(WebEndpoints.fromEnv());
    Path folder = Path.of(RecordedHistoriesTest.class.getResource("/histories").toURI());

    HistoryFiles.replayAll(folder, worker -> {
      MicroagentsWorker.register(worker, registry, ExampleAgents.offlineModel());
      ExampleWorkflows.register(worker);
      AgenticLoopWorker.registerWorkflow(worker, registry, null);
    });
  }
}
