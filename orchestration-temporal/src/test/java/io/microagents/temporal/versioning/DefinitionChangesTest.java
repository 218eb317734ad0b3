package io.microagents.temporal.versioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ToolSpec;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.RunStatus;
import io.microagents.temporal.RunSummary;
import io.microagents.temporal.durability.Poll;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each change a deploy can make to an agent, made while a run is in flight: the run goes on
 * with the definition it started with (its history replays against the new build), and takes
 * the new one only when asked to, at a safe point. A tool that is gone is an error the model
 * sees, never a stuck run.
 */
class DefinitionChangesTest {

  static final MicroagentsOptions DEFAULTS = MicroagentsOptions.DEFAULTS;

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  /** Starts a run on v1 that asks a question, deploys v2 while it waits, answers; returns the result. */
  private RunResult acrossADeploy(String name, ScriptedModel model, AgentRegistry v1, MicroagentsOptions o1,
      AgentRegistry v2, MicroagentsOptions o2, boolean upgrade) throws Exception {
    try (Deploys deploys = new Deploys(temporal, "deploys")) {
      AgentClient first = deploys.deploy(v1, model, o1);
      String id = first.start("booker", List.of(Message.user("go")), null, temporal.workflowId(name));
      waitFor(first, id, s -> !s.questions().isEmpty());
      AgentClient second = deploys.deploy(v2, model, o2);
      if (upgrade) {
        assertThat(second.upgradeDefinition(id)).contains("next model call");
      }
      second.answer(id, waitFor(second, id, s -> !s.questions().isEmpty()).questions().get(0).id(), "yes");
      RunResult result = Deploys.result(second, id);
      deploys.replay(id);
      return result;
    }
  }

  private static RunStatus waitFor(AgentClient client, String id, Predicate<RunStatus> done) {
    return Poll.value("a state of " + id, Duration.ofSeconds(30), () -> Optional.of(client.state(id)).filter(done));
  }

  private static ScriptedModel askThen(String... tools) {
    ScriptedModel model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Go on?\"}");
    for (String t : tools) {
      model.thenToolCall(t, "{\"q\":\"x\"}");
    }
    return model.thenMessage("done");
  }

  private static List<String> toolNames(ModelRequest r) {
    return r.tools().stream().map(ToolSpec::name).toList();
  }

  @Test
  void newInstructionsAreTakenOnlyWhenTheRunOptsIn() throws Exception {
    ScriptedModel kept = askThen();
    acrossADeploy("instructions-kept", kept, Bookers.registry(Bookers.v1()), DEFAULTS,
        Bookers.changed(b -> b.instructions("v2")), DEFAULTS, false);
    assertThat(kept.requests()).extracting(ModelRequest::instructions).containsExactly("v1", "v1");

    ScriptedModel upgraded = askThen();
    RunResult r = acrossADeploy("instructions-upgraded", upgraded, Bookers.registry(Bookers.v1()), DEFAULTS,
        Bookers.changed(b -> b.instructions("v2")), DEFAULTS, true);
    assertThat(upgraded.requests()).extracting(ModelRequest::instructions).containsExactly("v1", "v2");
    assertThat(r.finalOutputText()).isEqualTo("done");
  }

  @Test
  void anAddedToolIsOfferedOnlyAfterTheRunOptsIn() throws Exception {
    ScriptedModel kept = askThen();
    acrossADeploy("tool-added", kept, Bookers.registry(Bookers.v1()), DEFAULTS,
        Bookers.changed(b -> b.tool(Bookers.tool("extra"))), DEFAULTS, false);
    assertThat(toolNames(kept.requests().get(1))).containsExactly("lookup", "book", "ask_human");

    ScriptedModel upgraded = askThen();
    acrossADeploy("tool-added-upgraded", upgraded, Bookers.registry(Bookers.v1()), DEFAULTS,
        Bookers.changed(b -> b.tool(Bookers.tool("extra"))), DEFAULTS, true);
    assertThat(toolNames(upgraded.requests().get(1))).containsExactly("lookup", "book", "ask_human", "extra");
  }

  @Test
  void aRenamedToolIsAnErrorTheModelSeesNotAStuckRun() throws Exception {
    AgentRegistry renamed = Bookers.registry(AgentDefinition.builder("booker").instructions("v1").maxTurns(10)
        .tool(Bookers.tool("find")).tool(Bookers.tool("book").withApproval()).tool(ToolDefinition.askHuman()));
    RunResult r = acrossADeploy("tool-renamed", askThen("lookup"), Bookers.registry(Bookers.v1()), DEFAULTS,
        renamed, DEFAULTS, false);

    ToolOutput told = (ToolOutput) r.newItems().get(3);
    assertThat(told.error()).isTrue();
    assertThat(told.output()).contains("Tool 'lookup' of agent 'booker' is not on this worker any more");
    assertThat(r.finalOutputText()).isEqualTo("done");
  }

  @Test
  void anApprovalAddedToAToolIsNotAskedOfARunThatStartedWithout() throws Exception {
    AgentRegistry approval = Bookers.registry(AgentDefinition.builder("booker").instructions("v1").maxTurns(10)
        .tool(Bookers.tool("lookup").withApproval()).tool(Bookers.tool("book").withApproval())
        .tool(ToolDefinition.askHuman()));
    RunResult r = acrossADeploy("approval-added", askThen("lookup"), Bookers.registry(Bookers.v1()), DEFAULTS,
        approval, DEFAULTS, false);

    assertThat(((ToolOutput) r.newItems().get(3)).output()).isEqualTo("lookup: x");
  }

  @Test
  void aLowerMaxTurnsDoesNotStopARunThatStartedWithMore() throws Exception {
    RunResult r = acrossADeploy("max-turns", askThen("lookup", "lookup", "lookup"), Bookers.registry(Bookers.v1()),
        DEFAULTS, Bookers.changed(b -> b.maxTurns(2)), DEFAULTS, false);

    assertThat(r.finalOutputText()).isEqualTo("done");
    assertThat(r.usage().requests()).isEqualTo(5);
  }

  @Test
  void aChangedContinueAsNewThresholdAppliesToNewRunsOnly() throws Exception {
    ScriptedModel model = askThen("lookup", "lookup");
    try (Deploys deploys = new Deploys(temporal, "deploys")) {
      AgentClient first = deploys.deploy(Bookers.registry(Bookers.v1()), model, DEFAULTS);
      String id = first.start("booker", List.of(Message.user("go")), null, temporal.workflowId("threshold"));
      waitFor(first, id, s -> !s.questions().isEmpty());
      AgentClient second = deploys.deploy(Bookers.registry(Bookers.v1()), model,
          MicroagentsOptions.builder().turnsBeforeContinueAsNew(1).build());
      second.answer(id, "q1", "yes");
      RunSummary summary = second.workflowClient().newUntypedWorkflowStub(id)
          .getResult(60, java.util.concurrent.TimeUnit.SECONDS, RunSummary.class);

      assertThat(summary.runs()).isEqualTo(1);
      deploys.replay(id);
    }
  }

  @Test
  void aHumanTimeoutAddedAfterAnApprovalDoesNotChangeTheRunsPast() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("book", "{\"q\":\"Paris\"}")
        .thenToolCall("ask_human", "{\"question\":\"Window seat?\"}").thenMessage("done");
    try (Deploys deploys = new Deploys(temporal, "deploys")) {
      AgentClient first = deploys.deploy(Bookers.registry(Bookers.v1()), model, DEFAULTS);
      String id = first.start("booker", List.of(Message.user("go")), null, temporal.workflowId("timeout-added"));
      first.decide(id, waitFor(first, id, s -> !s.approvals().isEmpty()).approvals().get(0).callId(), true, null);
      waitFor(first, id, s -> !s.questions().isEmpty());
      AgentClient second = deploys.deploy(Bookers.registry(Bookers.v1()), model,
          MicroagentsOptions.builder().humanTimeout(Duration.ofDays(1)).build());
      second.answer(id, "q1", "yes");

      assertThat(Deploys.result(second, id).finalOutputText()).isEqualTo("done");
      deploys.replay(id);
    }
  }

  @Test
  void aHumanTimeoutRemovedWhileARunWaitsOnItsTimer() throws Exception {
    RunResult r = acrossADeploy("timeout-removed", askThen(), Bookers.registry(Bookers.v1()),
        MicroagentsOptions.builder().humanTimeout(Duration.ofDays(1)).build(), Bookers.registry(Bookers.v1()),
        DEFAULTS, false);

    assertThat(r.finalOutputText()).isEqualTo("done");
  }

  @Test
  void aRunWaitingForApprovalOfAToolThatIsRenamedFinishes() throws Exception {
    ScriptedModel model = new ScriptedModel().thenToolCall("book", "{\"q\":\"Paris\"}").thenMessage("done");
    AgentRegistry renamed = Bookers.registry(AgentDefinition.builder("booker").instructions("v1").maxTurns(10)
        .tool(Bookers.tool("lookup")).tool(Bookers.tool("reserve").withApproval()).tool(ToolDefinition.askHuman()));
    try (Deploys deploys = new Deploys(temporal, "deploys")) {
      AgentClient first = deploys.deploy(Bookers.registry(Bookers.v1()), model, DEFAULTS);
      String id = first.start("booker", List.of(Message.user("go")), null, temporal.workflowId("approval-renamed"));
      waitFor(first, id, s -> !s.approvals().isEmpty());
      AgentClient second = deploys.deploy(renamed, model, DEFAULTS);

      RunStatus waiting = second.state(id); // the query works: the run replays on the new build
      assertThat(waiting.approvals()).extracting(a -> a.tool()).containsExactly("book");
      second.decide(id, waiting.approvals().get(0).callId(), true, null);
      RunResult r = Deploys.result(second, id);

      assertThat(((ToolOutput) r.newItems().get(1)).output()).contains("Tool 'book' of agent 'booker' is not on this worker");
      assertThat(r.finalOutputText()).isEqualTo("done");
      deploys.replay(id);
    }
  }
}
