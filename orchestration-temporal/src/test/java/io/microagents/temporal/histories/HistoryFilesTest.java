package io.microagents.temporal.histories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.deploy.HistoryFiles;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a run's histories as files and replaying them: a payload the store keeps is written
 * inline (the file replays without the store), and a file that does not replay is named.
 */
class HistoryFilesTest {

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  @Test
  void aSavedRunWithAStoredPayloadReplaysFromItsFilesAlone(@TempDir Path folder) throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("fetch", "{\"kb\":300}").thenMessage("read it");
    AgentClient client = temporal.start(AgentRegistry.of(ScenarioAgents.Desk.class), model);
    String id = client.start("sc_desk", List.of(Message.user("fetch")), RunOptions.DEFAULTS, temporal.workflowId("saved"));
    client.summary(id);

    List<Path> files = HistoryFiles.save(client.workflowClient(), id, folder, "saved");

    assertThat(files).hasSize(1);
    // The history holds references to the 300 KB output; the file holds the output itself (base64).
    assertThat(client.history(id).toJson(false).length()).isLessThan(100_000);
    assertThat(Files.readString(files.get(0), StandardCharsets.UTF_8).length()).isGreaterThan(400_000);
    HistoryFiles.replayAll(folder, w -> MicroagentsWorker.register(w, AgentRegistry.of(ScenarioAgents.Desk.class), model));
  }

  @Test
  void aFileThatDoesNotReplayIsNamedWithTheReason(@TempDir Path folder) throws Exception {
    ScriptedModel model = new ScriptedModel().thenMessage("hello");
    AgentClient client = temporal.start(AgentRegistry.of(ScenarioAgents.Desk.class), model);
    String id = client.start("sc_desk", List.of(Message.user("hi")), RunOptions.DEFAULTS, temporal.workflowId("other"));
    client.summary(id);
    HistoryFiles.save(client.workflowClient(), id, folder, "other");

    // A build that registers no agent workflow at all cannot replay it.
    assertThatThrownBy(() -> HistoryFiles.replayAll(folder, w -> w.registerWorkflowImplementationTypes(Unrelated.class)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("1 of 1 recorded histories do not replay")
        .hasMessageContaining("other-1.json");
  }

  @io.temporal.workflow.WorkflowInterface
  public interface UnrelatedWorkflow {
    @io.temporal.workflow.WorkflowMethod
    void run();
  }

  public static class Unrelated implements UnrelatedWorkflow {
    @Override
    public void run() {}
  }
}
