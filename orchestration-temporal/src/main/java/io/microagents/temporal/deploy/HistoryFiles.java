package io.microagents.temporal.deploy;

import io.microagents.temporal.internal.InlinedPayloads;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Recorded histories as files, to keep important runs replaying as the code changes: save a
 * workflow's histories (every run across continue-as-new, and its children's) as JSON, commit
 * them, and replay the folder in a test — a change that would break runs like them fails
 * there, before a deploy. Payloads kept in a payload store are written inline, so a file
 * replays on its own.
 */
public final class HistoryFiles {

  private HistoryFiles() {}

  /**
   * Writes every run of the workflow and of its child workflows to {@code folder} as
   * {@code <name>-<n>.json}; returns the files.
   */
  public static List<Path> save(WorkflowClient client, String workflowId, Path folder, String name) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      InlinedPayloads inline = new InlinedPayloads(client);
      for (WorkflowExecutionHistory h : tree(client, workflowId)) {
        History history = inline.of(h.getHistory());
        Path file = folder.resolve(name + "-" + (files.size() + 1) + ".json");
        Files.writeString(file, new WorkflowExecutionHistory(history, h.getWorkflowExecution().getWorkflowId()).toJson(true),
            StandardCharsets.UTF_8);
        files.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write histories of " + workflowId + " to " + folder + ": " + e, e);
    }
    return files;
  }

  /** Every run of the workflow, first to latest, then its children's, depth first. */
  static List<WorkflowExecutionHistory> tree(WorkflowClient client, String workflowId) {
    List<WorkflowExecutionHistory> all = new ArrayList<>();
    String runId = client.fetchHistory(workflowId).getEvents().get(0)
        .getWorkflowExecutionStartedEventAttributes().getFirstExecutionRunId();
    while (runId != null) {
      WorkflowExecutionHistory h = client.fetchHistory(workflowId, runId);
      all.add(h);
      runId = null;
      for (HistoryEvent e : h.getEvents()) {
        if (e.hasWorkflowExecutionContinuedAsNewEventAttributes()) {
          runId = e.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId();
        }
      }
    }
    for (WorkflowExecutionHistory h : List.copyOf(all)) {
      for (HistoryEvent e : h.getEvents()) {
        if (e.hasChildWorkflowExecutionStartedEventAttributes()) {
          all.addAll(tree(client, e.getChildWorkflowExecutionStartedEventAttributes().getWorkflowExecution().getWorkflowId()));
        }
      }
    }
    return all;
  }

  /**
   * Replays every {@code *.json} history in {@code folder} (and its sub-folders) on a worker
   * the build registers its workflows on.
   *
   * @throws AssertionError naming each file that does not replay, and why; or when there is none
   */
  public static void replayAll(Path folder, Consumer<Worker> build) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read histories in " + folder + ": " + e, e);
    }
    if (files.isEmpty()) {
      throw new AssertionError("No history files (*.json) in " + folder);
    }
    List<String> failures = new ArrayList<>();
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
      Worker worker = env.newWorker("microagents-history-files");
      build.accept(worker);
      for (Path file : files) {
        try {
          WorkflowReplayer.replayWorkflowExecution(
              WorkflowExecutionHistory.fromJson(Files.readString(file, StandardCharsets.UTF_8)), worker);
        } catch (Exception | Error e) {
          failures.add(folder.relativize(file) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " of " + files.size() + " recorded histories do not replay:\n"
          + String.join("\n", failures));
    }
  }
}
