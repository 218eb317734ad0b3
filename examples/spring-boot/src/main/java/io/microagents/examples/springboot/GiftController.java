package io.microagents.examples.springboot;

import io.microagents.spring.MicroagentsProperties;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Runs the two-agent gift workflow and returns its suggestion. */
@RestController
public class GiftController {

  /** A gift request, e.g. "a gift for a friend who loves coffee". */
  public record Request(String request) {}

  private final WorkflowClient workflows;
  private final String taskQueue;

  /** Runs on the agents' task queue. */
  public GiftController(WorkflowClient workflows, MicroagentsProperties properties) {
    this.workflows = workflows;
    this.taskQueue = properties.getTaskQueue();
  }

  /** Suggests a gift and writes its card; waits for the workflow (seconds). */
  @PostMapping("/gifts")
  public GiftSuggestion suggest(@RequestBody Request request) {
    GiftWorkflow run = workflows.newWorkflowStub(GiftWorkflow.class, WorkflowOptions.newBuilder()
        .setTaskQueue(taskQueue).setWorkflowId("gift-" + UUID.randomUUID()).build());
    return run.suggest(request.request());
  }
}
