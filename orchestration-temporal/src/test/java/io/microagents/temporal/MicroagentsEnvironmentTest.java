package io.microagents.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.run.RunHooks;
import io.microagents.run.RunContext;
import io.microagents.testing.ScriptedModel;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The embedded default (or the server at TEMPORAL_ADDRESS): server, worker and client in one object. */
class MicroagentsEnvironmentTest {

  @Agent(instructions = "Greet.")
  public static class GreeterAgent {}

  private static String address() {
    String a = System.getenv("TEMPORAL_ADDRESS");
    return a == null || a.isBlank() ? null : a;
  }

  @Test
  void runsAnAgentEndToEnd() {
    List<String> started = new ArrayList<>();
    RunHooks hooks = new RunHooks() {
      @Override
      public void onAgentStart(RunContext context, String agent) {
        started.add(agent);
      }
    };
    ScriptedModel model = new ScriptedModel().thenMessage("Hello!");
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(GreeterAgent.class)).models(model)
        .options(MicroagentsOptions.builder().hooks(hooks).build())
        .address(address()).taskQueue("env-" + UUID.randomUUID()).build()) {

      assertThat(env.client().run(GreeterAgent.class, "Hi").finalOutputText()).isEqualTo("Hello!");
    }
    assertThat(started).contains("GreeterAgent");
  }

  @Test
  void anUnknownAgentFailsTheWorkflowAtOnce() {
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(GreeterAgent.class)).models(new ScriptedModel())
        .address(address()).taskQueue("env-" + UUID.randomUUID()).build()) {
      String id = env.client().start("NoSuchAgent", List.of(Message.user("Hi")), null, null);

      Throwable e = catchThrowable(() -> env.client().result(id));

      assertThat(e).isInstanceOf(WorkflowFailedException.class);
      assertThat(((ApplicationFailure) e.getCause()).getOriginalMessage()).contains("NoSuchAgent").contains("GreeterAgent");
    }
  }

  @Test
  void clientOptionsAndTheDeadlockTimeoutReachTheClientAndTheWorker() {
    List<String> startedTypes = new ArrayList<>();
    WorkflowClientInterceptorBase countStarts = new WorkflowClientInterceptorBase() {
      @Override
      public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(WorkflowClientCallsInterceptor next) {
        return new WorkflowClientCallsInterceptorBase(next) {
          @Override
          public WorkflowStartOutput start(WorkflowStartInput input) {
            startedTypes.add(input.getWorkflowType());
            return super.start(input);
          }
        };
      }
    };
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(GreeterAgent.class)).models(new ScriptedModel().thenMessage("Hello!"))
        .clientOptions(o -> o.setIdentity("support-desk-7").setInterceptors(countStarts))
        .deadlockDetectionTimeout(Duration.ofSeconds(30))
        .address(address()).taskQueue("env-" + UUID.randomUUID()).build()) {

      assertThat(env.client().run(GreeterAgent.class, "Hi").finalOutputText()).isEqualTo("Hello!");
      assertThat(env.workflowClient().getOptions().getIdentity()).isEqualTo("support-desk-7");
      assertThat(env.workflowClient().getOptions().getDataConverter()).isSameAs(CanonicalDataConverter.get());
      assertThat(env.worker().getWorkerOptions().getDefaultDeadlockDetectionTimeout()).isEqualTo(30_000);
    }
    assertThat(startedTypes).containsExactly("AgentWorkflow");
  }

  @Test
  void workerFactoryOptionsGiveTheWorkerItsInterceptors() {
    List<String> activities = new CopyOnWriteArrayList<>();
    WorkerInterceptorBase seeActivities = new WorkerInterceptorBase() {
      @Override
      public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new ActivityInboundCallsInterceptorBase(next) {
          @Override
          public void init(ActivityExecutionContext context) {
            activities.add(context.getInfo().getActivityType());
            super.init(context);
          }
        };
      }
    };
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(GreeterAgent.class)).models(new ScriptedModel().thenMessage("Hello!"))
        .workerFactoryOptions(WorkerFactoryOptions.newBuilder().setWorkerInterceptors(seeActivities).build())
        .address(address()).taskQueue("env-" + UUID.randomUUID()).build()) {

      assertThat(env.client().run(GreeterAgent.class, "Hi").finalOutputText()).isEqualTo("Hello!");
    }
    assertThat(activities).isNotEmpty().allMatch(type -> type.startsWith("Model"));
  }

  @Test
  void aDeadlockTimeoutMustBePositive() {
    assertThatThrownBy(() -> MicroagentsEnvironment.builder().deadlockDetectionTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadlockDetectionTimeout must be positive");
  }

  @Test
  void embeddedModelCallsStreamUnlessStreamingIsOff() {
    for (boolean streaming : new boolean[] {true, false}) {
      List<String> used = new ArrayList<>();
      ScriptedModel script = new ScriptedModel().thenMessage("Hello!");
      io.microagents.model.Model model = new io.microagents.model.Model() {
        @Override
        public io.microagents.model.ModelResponse call(io.microagents.model.ModelRequest request) {
          used.add("call");
          return script.call(request);
        }

        @Override
        public io.microagents.model.ModelResponse stream(io.microagents.model.ModelRequest request,
            io.microagents.stream.DeltaListener listener) {
          used.add("stream");
          return script.call(request);
        }
      };
      try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
          .registry(AgentRegistry.of(GreeterAgent.class)).models(name -> model).streaming(streaming)
          .taskQueue("env-" + UUID.randomUUID()).build()) {

        assertThat(env.client().run(GreeterAgent.class, "Hi").finalOutputText()).isEqualTo("Hello!");
      }
      assertThat(used).containsExactly(streaming ? "stream" : "call");
    }
  }
}
