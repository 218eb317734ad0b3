package io.microagents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.microagents.agent.AgentRegistry;
import io.microagents.run.RunResult;
import io.microagents.spring.sample.CountWorkflow;
import io.microagents.spring.sample.Directory;
import io.microagents.spring.sample.ReceptionAgent;
import io.microagents.spring.sample.SampleApplication;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.testing.ScriptedModel;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.common.converter.DataConverter;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The starter on the embedded test server (or the server at TEMPORAL_ADDRESS): an agent bean
 * with an injected service runs durably through the {@link AgentClient} bean, a just-code
 * workflow of Temporal's starter gets {@code MicroagentsWorker.workflowOptions()}, and the
 * per-agent properties reach the options.
 */
@SpringBootTest(classes = {SampleApplication.class, MicroagentsAutoConfigurationTest.Models.class}, properties = {
    "spring.temporal.connection.target=${TEMPORAL_ADDRESS:}",
    "microagents.task-queue=microagents-starter-test",
    "microagents.agents.reception.start-to-close-timeout=45s",
    "microagents.agents.reception.maximum-attempts=3",
    "microagents.agents[Reception].model=gpt-4.1-mini",
    "spring.temporal.workers-auto-discovery.packages=io.microagents.spring.sample"})
class MicroagentsAutoConfigurationTest {

  @TestConfiguration
  static class Models {
    @Bean
    ScriptedModel scriptedModel() {
      ScriptedModel model = new ScriptedModel();
      model.forAgent("reception")
          .thenToolCall("find_desk", "{\"person\":\"Ada\"}")
          .thenMessage("Ada sits on the 4th floor, desk 12.");
      return model;
    }
  }

  @Autowired AgentClient client;
  @Autowired WorkflowClient workflows;
  @Autowired ScriptedModel model;
  @Autowired Directory directory;
  @Autowired AgentRegistry registry;
  @Autowired MicroagentsOptions options;
  @Autowired DataConverter dataConverter;
  @Autowired ObjectProvider<TestWorkflowEnvironment> embedded;

  @Test
  void anAgentBeanRunsDurablyWithItsInjectedService() {
    RunResult result = client.run(ReceptionAgent.class, "Where does Ada sit?");

    assertThat(result.finalOutputText()).isEqualTo("Ada sits on the 4th floor, desk 12.");
    assertThat(directory.lookups()).containsExactly("Ada");
    model.assertAllConsumed();
  }

  @Test
  void aJustCodeWorkflowOfTheStarterFailsAtOnceOnAWrongOutputType() {
    model.forAgent("reception").thenMessage("There are forty desks.");
    CountWorkflow run = workflows.newWorkflowStub(CountWorkflow.class, WorkflowOptions.newBuilder()
        .setTaskQueue("microagents-starter-test").setWorkflowId("count-" + UUID.randomUUID())
        .setWorkflowRunTimeout(Duration.ofSeconds(30)).build());

    Throwable failure = catchThrowable(() -> run.desks("How many desks are there?"));

    assertThat(failure).isInstanceOf(WorkflowFailedException.class);
    assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
    assertThat(((ApplicationFailure) failure.getCause()).getType()).isEqualTo(ClassCastException.class.getName());
  }

  @Test
  void perAgentPropertiesBecomeTheAgentsModelCallOptions() {
    ActivityOptions reception = options.agent("reception");

    assertThat(reception.getStartToCloseTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(reception.getRetryOptions().getMaximumAttempts()).isEqualTo(3);
    assertThat(reception.getHeartbeatTimeout()).isEqualTo(MicroagentsOptions.DEFAULT_MODEL_ACTIVITY.getHeartbeatTimeout());
  }

  @Test
  void theAgentsOfTheApplicationPackageAndTheCanonicalConverterAreUsed() {
    assertThat(registry.agent(ReceptionAgent.class).name()).isEqualTo("reception");
    assertThat(registry.agent("reception").model()).isEqualTo("gpt-4.1-mini"); // [Reception]: case ignored
    assertThat(model.requests("reception")).allMatch(r -> r.model().equals("gpt-4.1-mini"));
    assertThat(dataConverter).isSameAs(io.microagents.temporal.CanonicalDataConverter.get());
    boolean real = System.getenv("TEMPORAL_ADDRESS") != null && !System.getenv("TEMPORAL_ADDRESS").isBlank();
    assertThat(embedded.getIfAvailable() != null).isEqualTo(!real);
  }
}
