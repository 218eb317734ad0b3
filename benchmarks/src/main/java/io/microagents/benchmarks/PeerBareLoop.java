package io.microagents.benchmarks;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The bare Temporal Java workflow of the side-by-side benchmark: what {@link BareLoop} does,
 * but its model activity calls the same fake OpenAI server over HTTP (the JDK's client, no
 * OpenAI SDK), sending the prompt and the tool outputs so far — only the last one whole, as the
 * activity's input carries only that — and the tool activity returns the 1 KB blob.
 */
final class PeerBareLoop {

  private PeerBareLoop() {}

  @WorkflowInterface
  public interface PeerBareWorkflow {
    @WorkflowMethod(name = "PeerBareWorkflow")
    String run(String prompt);
  }

  @ActivityInterface
  public interface PeerBareActivities {
    /** "lookup" when the model asks for the tool, else its answer. */
    @ActivityMethod(name = "PeerBareModel")
    String model(String prompt, int outputs, String lastToolOutput);

    @ActivityMethod(name = "PeerBareLookup")
    String lookup(int n);
  }

  public static final class WorkflowImpl implements PeerBareWorkflow {
    private final PeerBareActivities acts = Workflow.newActivityStub(PeerBareActivities.class,
        ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(1)).build());

    @Override
    public String run(String prompt) {
      String last = "";
      for (int outputs = 0; ; outputs++) {
        String step = acts.model(prompt, outputs, last);
        if (!step.equals("lookup")) {
          return step;
        }
        last = acts.lookup(outputs);
      }
    }
  }

  public static final class ActivitiesImpl implements PeerBareActivities {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI responses;
    private final int kb;

    ActivitiesImpl(String openAiBaseUrl, int kb) {
      this.responses = URI.create(openAiBaseUrl + "/responses");
      this.kb = kb;
    }

    @Override
    public String model(String prompt, int outputs, String lastToolOutput) {
      StringBuilder body = new StringBuilder("{\"model\":\"bench\",\"input\":[{\"role\":\"user\",\"content\":\"")
          .append(prompt).append("\"}");
      for (int i = 0; i < outputs; i++) {
        body.append(",{\"type\":\"function_call_output\",\"call_id\":\"call_").append(i).append("\",\"output\":\"")
            .append(i == outputs - 1 ? lastToolOutput : "").append("\"}");
      }
      body.append("]}");
      try {
        String answer = http.send(HttpRequest.newBuilder(responses).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString())
            .body();
        return answer.contains("\"function_call\"") ? "lookup" : answer;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String lookup(int n) {
      return "b".repeat(kb * 1000);
    }
  }
}
