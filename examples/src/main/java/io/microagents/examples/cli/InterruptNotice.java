package io.microagents.examples.cli;

import io.microagents.examples.ExampleSession;
import io.microagents.openai.OpenAiApi;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What Ctrl-C says while a run is in flight: on a Temporal cluster the workflow goes on
 * without this process, so the line gives the command that reattaches to it; on the
 * embedded server the run ends with the process, and the line says so. A shutdown hook,
 * removed when the command ends normally.
 */
final class InterruptNotice implements AutoCloseable {

  private final Thread hook;
  private volatile boolean done;

  InterruptNotice(Console console, ServiceOptions service, Mode mode, ExampleSession session, boolean clientOnly) {
    PrintStream err = console.err();
    this.hook = new Thread(() -> {
      String id = session.currentRun();
      if (!done && id != null) {
        err.println();
        err.println(text(id, service, mode, session.taskQueues().agents(), clientOnly));
        err.flush();
      }
    }, "interrupt-notice");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The run finished: nothing to say on exit. */
  void done() {
    done = true;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run: nothing to remove.
    }
  }

  /** The line for an interrupted run. */
  static String text(String workflowId, ServiceOptions service, Mode mode, String taskQueue, boolean clientOnly) {
    if (service.temporal == null) {
      return "Interrupted: workflow " + workflowId + " ran on the embedded server, which ends with this process. "
          + "With --temporal HOST:PORT a run outlives its client and `attach` picks it up again.";
    }
    List<String> command = new ArrayList<>(List.of("examples/run", "attach", workflowId, "--temporal", service.temporal));
    if (!"default".equals(service.namespace)) {
      command.addAll(List.of("--namespace", service.namespace));
    }
    command.addAll(List.of("--task-queue", taskQueue));
    if (clientOnly) {
      command.add("--client-only");
    } else {
      if (service.offline) {
        command.add("--offline");
      }
      if (mode.model() != null) {
        command.addAll(List.of("--model", mode.model()));
      }
      if (mode.api() == OpenAiApi.CHAT_COMPLETIONS) {
        command.addAll(List.of("--api", "chat_completions"));
      }
    }
    return "Interrupted: workflow " + workflowId + " goes on without this process on " + service.temporal
        + ". To follow it (and answer its questions) again: " + String.join(" ", command);
  }
}
