package io.microagents.temporal.durability;

import io.microagents.items.Message;
import io.microagents.run.AgentRunException;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The client of the crash matrix, in a JVM of its own: starts runs, sends messages and
 * answers, and reports outcomes, on commands read line by line from stdin.
 *
 * <pre>
 * run CASE AGENT WORKFLOW_ID INPUT…          → @@RESULT CASE OUTPUT | @@FAILED CASE MESSAGE
 * fanout CASE WORKFLOW_ID COUNT              → @@RESULT CASE OUTPUT
 * chat CASE AGENT CONVERSATION_ID MESSAGE…   → @@REPLY CASE REPLY (starts the conversation first)
 * end CASE CONVERSATION_ID                   → @@ENDED CASE ITEMS
 * answer CASE WORKFLOW_ID QUESTION_ID TEXT…  → @@ANSWERED CASE
 * </pre>
 *
 * Arguments: Temporal address, task queue, payload store directory. Prints {@code @@READY}.
 */
public final class CrashClientProcess {

  /** Payloads over this go to the shared file store: most of the matrix's payloads do. */
  static final int PAYLOAD_THRESHOLD = 1024;

  private final WorkflowClient workflows;
  private final AgentClient agents;
  private final String taskQueue;
  private final ExecutorService waiting = Executors.newCachedThreadPool();
  private final Set<String> conversations = new HashSet<>();

  private CrashClientProcess(String address, String taskQueue, Path payloads) {
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    this.workflows = WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder()
        .setDataConverter(CanonicalDataConverter.get())
        .setExternalStorage(new FilePayloadStore(payloads).externalStorage(PAYLOAD_THRESHOLD)).build());
    this.agents = new AgentClient(workflows, taskQueue, null);
    this.taskQueue = taskQueue;
  }

  public static void main(String[] args) throws Exception {
    CrashClientProcess client = new CrashClientProcess(args[0], args[1], Path.of(args[2]));
    System.out.println("@@READY");
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      client.handle(line.split(" ", 6));
    }
    System.exit(0);
  }

  private void handle(String[] c) {
    String kase = c[1];
    switch (c[0]) {
      case "run" -> {
        agents.start(c[2], List.of(Message.user(rest(c, 4))), RunOptions.DEFAULTS, c[3]);
        report(kase, () -> agents.result(c[3]).finalOutputText(), "RESULT");
      }
      case "fanout" -> {
        FanOutWorkflow wf = workflows.newWorkflowStub(FanOutWorkflow.class,
            WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(c[2]).build());
        WorkflowClient.start(wf::run, Integer.parseInt(c[3]));
        report(kase, () -> workflows.newUntypedWorkflowStub(c[2]).getResult(String.class), "RESULT");
      }
      case "chat" -> {
        if (!conversations.contains(c[3])) {
          agents.startConversation(c[2], c[3], RunOptions.DEFAULTS);
          conversations.add(c[3]);
        }
        report(kase, () -> agents.send(c[3], rest(c, 4)), "REPLY");
      }
      case "end" -> report(kase, () -> String.valueOf(agents.endConversation(c[2]).size()), "ENDED");
      case "answer" -> report(kase, () -> {
        agents.answer(c[2], c[3], rest(c, 4));
        return "";
      }, "ANSWERED");
      default -> System.out.println("@@FAILED " + kase + " unknown command " + c[0]);
    }
  }

  /** Waits on another thread, so the next command is read at once. */
  private void report(String kase, Callable<String> outcome, String tag) {
    waiting.submit(() -> {
      try {
        System.out.println("@@" + tag + " " + kase + " " + oneLine(outcome.call()));
      } catch (AgentRunException e) {
        System.out.println("@@FAILED " + kase + " " + oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
      } catch (Exception e) {
        System.out.println("@@FAILED " + kase + " " + oneLine(e.toString() + (e.getCause() == null ? "" : " / " + e.getCause())));
      }
    });
  }

  private static String rest(String[] c, int from) {
    return String.join(" ", Arrays.copyOfRange(c, from, c.length));
  }

  private static String oneLine(String s) {
    return s == null ? "null" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
