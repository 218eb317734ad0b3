package io.microagents.examples.customerservice;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.StepPrinter;
import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.steps.HistoryFollower;
import io.microagents.items.Item;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conversation with an airline, as a long-lived workflow that wakes on each message (an
 * update) and can be queried for its state: triage, FAQ and seat booking hand off both
 * ways. Each input is one customer message; more are asked for on the terminal (or taken
 * from {@code --answer}) until an empty line.
 */
public final class CustomerServiceExample implements Example {

  /** The customer the conversation is with. */
  public static final String PASSENGER = "Alex Rivera";

  @Override
  public String name() {
    return "customer-service";
  }

  @Override
  public String description() {
    return "A long-lived conversation workflow: airline triage, FAQ and seat booking hand off both ways";
  }

  @Override
  public List<String> defaultInput() {
    return List.of("How many bags can I bring on board?", "Thanks. I'd like to change my seat.",
        "My confirmation number is ABC123 and I want seat 12A.");
  }

  @Override
  public Map<String, AgentScript> offlineScripts() {
    return CustomerServiceScript.scripts();
  }

  @Override
  public String run(ExampleSession session, List<String> input) throws InterruptedException {
    String id = session.newWorkflowId("customer-service");
    RunOptions options = session.runOptions().toBuilder().context(new AirlineContext(PASSENGER)).build();
    session.agents().startConversation("airline_triage", id, options);
    session.printer().step("conversation workflow " + id + " started; each message is an update");
    return converse(session, id, input);
  }

  /**
   * Carries on a conversation under way: prints its steps (from its start), sends each given
   * message and then those typed, asks for a decision when a tool call waits for approval (the
   * seat change does), ends it at an empty line; returns the last reply.
   */
  public static String converse(ExampleSession session, String id, List<String> input) throws InterruptedException {
    StepPrinter printer = session.printer();
    AgentClient agents = session.agents();
    String reply = "";
    try (HistoryFollower follower = session.follower()) {
      follower.follow(id);
      ApprovalPrompt approvals = new ApprovalPrompt(session, follower);
      List<String> queue = new ArrayList<>(input);
      for (String message = nextMessage(session, queue); message != null; message = nextMessage(session, queue)) {
        printer.line("customer: " + message);
        reply = approvals.send(id, message);
        follower.catchUp();
        printer.line(agents.state(id).currentAgent() + ": " + reply);
      }
      List<Item> transcript = agents.endConversation(id);
      follower.awaitPrinted(30);
      printer.step("conversation ended; its transcript holds " + transcript.size() + " items");
    }
    return reply;
  }

  /** The next message: a given one, else one typed (or passed with --answer); {@code null} to finish. */
  static String nextMessage(ExampleSession session, List<String> given) {
    if (!given.isEmpty()) {
      return given.remove(0);
    }
    if (!session.human().available()) {
      return null;
    }
    String typed = session.human().next("your next message (empty line to finish)");
    return typed == null || typed.isBlank() ? null : typed;
  }
}
