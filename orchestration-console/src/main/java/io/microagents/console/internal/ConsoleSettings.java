package io.microagents.console.internal;

import io.microagents.console.RunLauncher;
import io.microagents.console.WorkflowQuestions;
import io.microagents.temporal.AgentClient;
import io.temporal.client.WorkflowClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a console was built with. */
public record ConsoleSettings(AgentClient client, String bindAddress, int port, String token, String temporalUi,
    List<WorkflowQuestions> questions, List<RunLauncher> launchers) {

  /** The Temporal client underneath. */
  public WorkflowClient workflows() {
    return client.workflowClient();
  }

  /** The namespace the console shows. */
  public String namespace() {
    return workflows().getOptions().getNamespace();
  }

  /** The questions of a workflow type of the user's, or {@code null}. */
  public WorkflowQuestions questionsOf(String workflowType) {
    return questions.stream().filter(q -> q.workflowType().equals(workflowType)).findFirst().orElse(null);
  }

  /** The Temporal UI's page of a workflow, or {@code null} when no UI is configured. */
  public String temporalUiLink(String workflowId) {
    if (temporalUi == null) {
      return null;
    }
    return temporalUi + "/namespaces/" + URLEncoder.encode(namespace(), StandardCharsets.UTF_8).replace("+", "%20")
        + "/workflows/" + URLEncoder.encode(workflowId, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
