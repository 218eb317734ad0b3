package io.microagents.benchmarks;

import io.microagents.items.Message;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One framework of the side-by-side benchmark: how to launch its worker process, and how the
 * harness starts a run of N tool turns on its task queue, waits for it and sizes its history.
 * Ours is started through {@link AgentClient}; the others by workflow type name with the
 * prompt {@code "turns=N"} as their one argument.
 */
abstract class PeerFramework {

  final String name;
  final String taskQueue;

  PeerFramework(String name) {
    this.name = name;
    this.taskQueue = "peer-" + name + "-" + ProcessHandle.current().pid();
  }

  abstract ProcessBuilder command(String temporal, String openAi, int kb);

  /** Starts a run of {@code turns} tool turns; returns its workflow id. */
  String start(int turns) {
    return start(turns, taskQueue);
  }

  abstract String start(int turns, String queue);

  /**
   * Warms the harness's own client for this framework (its first start, result and history
   * calls) with a run on a queue no worker polls, then terminates it: so a cold start measures
   * the worker, not the harness.
   */
  void warmClient() {
    String id = start(1, taskQueue + "-unpolled");
    WorkflowStub stub = workflowClient().newUntypedWorkflowStub(id, Optional.empty(), Optional.empty());
    stub.terminate("harness warm-up");
    try {
      await(id);
    } catch (RuntimeException expected) {
      // terminated: the result call has been made once
    }
    historyBytes(id);
  }

  /** Waits for the run's result; throws if it failed or gave none. */
  abstract void await(String workflowId);

  abstract WorkflowClient workflowClient();

  long historyBytes(String workflowId) {
    return workflowClient().fetchHistory(workflowId).getHistory().getSerializedSize();
  }

  PeerProcess launch(String temporal, String openAi, int kb, Path logs) {
    ProcessBuilder b = command(temporal, openAi, kb);
    b.environment().putAll(Map.of("OPENAI_BASE_URL", openAi, "OPENAI_API_KEY", "bench", "PEER_KB", Integer.toString(kb),
        "OPENAI_AGENTS_DISABLE_TRACING", "1"));
    File log = logs.resolve(name + ".log").toFile();
    b.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    try {
      return new PeerProcess(name, b.start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot launch the " + name + " worker: " + b.command(), e);
    }
  }

  static String prompt(int turns) {
    return "turns=" + turns;
  }

  /** Microagents: our agent run, started with {@link AgentClient}. */
  static final class Ours extends PeerFramework {
    private final String java;
    private final String jar;
    private final String kind;
    private final List<String> javaOptions;
    private AgentClient client;

    Ours(String name, String kind, String java, String jar, List<String> javaOptions) {
      super(name);
      this.javaOptions = javaOptions;
      this.kind = kind;
      this.java = java;
      this.jar = jar;
    }

    void client(AgentClient client) {
      this.client = client;
    }

    @Override
    ProcessBuilder command(String temporal, String openAi, int kb) {
      List<String> c = new java.util.ArrayList<>(List.of(java));
      c.addAll(javaOptions);
      c.addAll(List.of("-Dpeer.kb=" + kb, "-cp", jar, PeerWorker.class.getName(), kind, temporal, taskQueue, openAi));
      return new ProcessBuilder(c);
    }

    @Override
    String start(int turns, String queue) {
      return client.start(WorkflowOptions.newBuilder().setTaskQueue(queue).build(), "peer",
          List.of(Message.user(prompt(turns))), RunOptions.builder().maxTurns(turns + 1).build());
    }

    @Override
    void await(String workflowId) {
      if (client.result(workflowId).finalOutputText() == null) {
        throw new IllegalStateException(name + ": run " + workflowId + " gave no output");
      }
    }

    @Override
    WorkflowClient workflowClient() {
      return client.workflowClient();
    }
  }

  /** A workflow started by type name: the bare Java workflow, the Python and TypeScript peers. */
  static final class ByType extends PeerFramework {
    private final String workflowType;
    private final List<String> command;
    private final File dir;
    private WorkflowClient client;

    ByType(String name, String workflowType, File dir, List<String> command) {
      super(name);
      this.workflowType = workflowType;
      this.dir = dir;
      this.command = command;
    }

    void client(WorkflowClient client) {
      this.client = client;
    }

    @Override
    ProcessBuilder command(String temporal, String openAi, int kb) {
      List<String> c = new java.util.ArrayList<>(command);
      c.replaceAll(s -> s.replace("{temporal}", temporal).replace("{queue}", taskQueue).replace("{openai}", openAi)
          .replace("{kb}", Integer.toString(kb)));
      ProcessBuilder b = new ProcessBuilder(c);
      return dir == null ? b : b.directory(dir);
    }

    @Override
    String start(int turns, String queue) {
      String id = name + "-" + UUID.randomUUID();
      client.newUntypedWorkflowStub(workflowType, WorkflowOptions.newBuilder().setTaskQueue(queue)
          .setWorkflowId(id).build()).start(prompt(turns));
      return id;
    }

    @Override
    void await(String workflowId) {
      WorkflowStub stub = client.newUntypedWorkflowStub(workflowId, Optional.empty(), Optional.empty());
      try {
        if (stub.getResult(10, TimeUnit.MINUTES, String.class) == null) {
          throw new IllegalStateException(name + ": run " + workflowId + " gave no output");
        }
      } catch (java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException(name + ": run " + workflowId + " did not finish in 10 minutes", e);
      }
    }

    @Override
    WorkflowClient workflowClient() {
      return client;
    }
  }
}
