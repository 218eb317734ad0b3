package io.microagents.temporal.histories;

import io.microagents.agent.AgentRegistry;
import io.microagents.items.Message;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.ConversationInput;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.deploy.HistoryFiles;
import io.microagents.temporal.durability.Poll;
import java.time.Duration;
import io.microagents.testing.ScriptedModel;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Records the durable scenarios {@code RecordedScenarioHistoriesTest} replays, on a real
 * Temporal server: an approval and a question, a handoff with an input filter, an agent used
 * as a tool, an inline tool,
 * a run continuing as new, a run failing at max turns, and a conversation continuing as new
 * that takes a newer definition. Run by {@code scripts/record-histories.sh}.
 *
 * <p>Arguments: the server's {@code host:port}, the folder to write to.
 */
public final class RecordScenarioHistories {

  private RecordScenarioHistories() {}

  public static void main(String[] args) throws Exception {
    String address = args[0];
    Path folder = Path.of(args[1]);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ScriptedModel model = new ScriptedModel();
    model.forAgent("sc_desk")
        .thenToolCall("book", "{\"to\":\"Lisbon\"}")
        .thenToolCall("ask_human", "{\"question\":\"Window or aisle?\"}")
        .thenToolCall("add", "{\"a\":2,\"b\":3}")
        .thenToolCall("fetch", "{\"kb\":1}")
        .thenHandoff("sc_specialist")
        // the long run, then the failing one, then the conversation
        .thenToolCall("add", "{\"a\":1,\"b\":1}").thenToolCall("add", "{\"a\":1,\"b\":2}")
        .thenToolCall("add", "{\"a\":1,\"b\":3}").thenMessage("counted")
        .thenToolCall("add", "{\"a\":0,\"b\":0}").thenToolCall("add", "{\"a\":0,\"b\":1}")
        .thenMessage("hello one").thenMessage("hello two").thenMessage("hello three");
    model.forAgent("sc_specialist").thenToolCall("sc_checker", "{\"input\":\"Is Lisbon in Portugal?\"}")
        .thenMessage("Booked Lisbon, window seat; checked.");
    model.forAgent("sc_checker").thenMessage("Yes.");
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(ScenarioAgents.Desk.class))
        .models(model).address(address).taskQueue("record-" + suffix)
        .options(MicroagentsOptions.builder().turnsBeforeContinueAsNew(2).build()).build()) {
      AgentClient client = env.client();
      String desk = client.start("sc_desk", List.of(Message.user("Book me a trip to Lisbon")), RunOptions.DEFAULTS,
          "desk-" + suffix);
      Poll.until("the approval", Duration.ofSeconds(30), () -> !client.state(desk).approvals().isEmpty());
      client.decide(desk, client.state(desk).approvals().get(0).callId(), true, null);
      Poll.until("the question", Duration.ofSeconds(30), () -> !client.state(desk).questions().isEmpty());
      client.answer(desk, client.state(desk).questions().get(0).id(), "Window");
      client.summary(desk);

      String counting = client.start("sc_desk", List.of(Message.user("Count")), RunOptions.DEFAULTS, "count-" + suffix);
      client.summary(counting);
      String failing = client.start("sc_desk", List.of(Message.user("Count again")),
          RunOptions.builder().maxTurns(2).build(), "max-turns-" + suffix);
      try {
        client.summary(failing);
      } catch (AgentRunException expected) {
        System.out.println("failed as expected: " + expected.getMessage());
      }

      String chat = "chat-" + suffix;
      client.startConversation(new ConversationInput("sc_desk", null, null, 1), chat);
      client.send(chat, "one");
      client.upgradeDefinition(chat);
      client.send(chat, "two");
      client.send(chat, "three");
      client.endConversation(chat);

      for (String[] w : new String[][] {{desk, "desk"}, {counting, "count"}, {failing, "max-turns"}, {chat, "chat"}}) {
        System.out.println(w[1] + ": " + HistoryFiles.save(env.workflowClient(), w[0], folder, w[1]));
      }
    }
  }
}
