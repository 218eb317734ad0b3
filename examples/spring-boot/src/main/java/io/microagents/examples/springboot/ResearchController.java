package io.microagents.examples.springboot;

import io.microagents.examples.research.ResearchPrompts;
import io.microagents.examples.research.ResearchReport;
import io.microagents.examples.research.ResearchWorkflow;
import io.microagents.spring.MicroagentsProperties;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The research pipeline over HTTP: start a run, read its clarifying questions, answer them,
 * fetch the report. The run is the examples' {@link ResearchWorkflow}; each call is one
 * Temporal start, update, query or result, so the service can restart at any point.
 */
@RestController
@RequestMapping("/research")
public class ResearchController {

  /** A research request, e.g. "Research durable execution for AI agents". */
  public record Start(String request) {}

  /** The answers to the clarifying questions, one each, in order. */
  public record Answers(List<String> answers) {}

  /** A run's progress: its stage and the questions still waiting for answers. */
  public record Progress(String workflowId, String stage, List<String> pendingQuestions) {}

  /** The report, with its Markdown rendering. */
  public record Report(String workflowId, ResearchReport report, String rendered) {}

  private final WorkflowClient workflows;
  private final String taskQueue;

  /** Starts runs on the agents' task queue. */
  public ResearchController(WorkflowClient workflows, MicroagentsProperties properties) {
    this.workflows = workflows;
    this.taskQueue = properties.getTaskQueue();
  }

  /** Starts a research run; returns its workflow id at once. */
  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Map<String, String> start(@RequestBody Start start) {
    String id = "research-" + UUID.randomUUID();
    ResearchWorkflow run = workflows.newWorkflowStub(ResearchWorkflow.class,
        WorkflowOptions.newBuilder().setTaskQueue(taskQueue).setWorkflowId(id).build());
    WorkflowClient.start(run::research, start.request());
    return Map.of("workflowId", id);
  }

  /** Where the run is (queries: nothing written to its history). */
  @GetMapping("/{id}")
  public Progress progress(@PathVariable("id") String id) {
    ResearchWorkflow run = stub(id);
    return new Progress(id, run.stage(), run.pendingQuestions());
  }

  /** The clarifying questions, waiting until the clarifier has written them (empty when there are none). */
  @GetMapping("/{id}/questions")
  public Map<String, List<String>> questions(@PathVariable("id") String id) {
    return Map.of("questions", stub(id).awaitQuestions());
  }

  /** Answers the questions; a wrong number of answers is refused with the workflow's own message. */
  @PostMapping("/{id}/answers")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void answer(@PathVariable("id") String id, @RequestBody Answers answers) {
    stub(id).answerQuestions(answers.answers());
  }

  /** The report, waiting for the run to finish. */
  @GetMapping("/{id}/report")
  public Report report(@PathVariable("id") String id) {
    ResearchReport report = workflows.newUntypedWorkflowStub(id).getResult(ResearchReport.class);
    return new Report(id, report, ResearchPrompts.render(report));
  }

  /** An update the workflow refused: 400 with its reason. */
  @ExceptionHandler(WorkflowUpdateException.class)
  public ResponseEntity<Map<String, String>> refused(WorkflowUpdateException e) {
    Throwable reason = e.getCause() != null ? e.getCause() : e;
    return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(reason.getMessage())));
  }

  private ResearchWorkflow stub(String id) {
    return workflows.newWorkflowStub(ResearchWorkflow.class, id);
  }
}
