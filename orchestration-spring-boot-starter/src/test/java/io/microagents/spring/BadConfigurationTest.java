package io.microagents.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.microagents.spring.internal.MicroagentsFailureAnalyzer;
import io.microagents.spring.sample.SampleApplication;
import io.microagents.testing.ScriptedModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

/** Properties that cannot work stop the application at startup, with a message naming the property. */
class BadConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  static class Models {
    @Bean
    ScriptedModel scriptedModel() {
      return new ScriptedModel();
    }
  }

  @Test
  void aPerAgentPropertyForNoAgentNamesTheAgentsThereAre() {
    MicroagentsConfigurationException e = startupFailure(true, "microagents.agents.receptoin.maximum-attempts=3");

    assertThat(e.property()).isEqualTo("microagents.agents.receptoin");
    assertThat(e.getMessage()).contains("no agent is named 'receptoin'").contains("[reception]");
  }

  @Test
  void aTimeoutThatIsNotPositiveNamesItsProperty() {
    MicroagentsConfigurationException e = startupFailure(true, "microagents.agents.reception.start-to-close-timeout=0s");

    assertThat(e.property()).isEqualTo("microagents.agents.reception.start-to-close-timeout");
    assertThat(e.problem()).contains("must be positive");
  }

  @Test
  void aBaseUrlThatIsNoUrlNamesItsProperty() {
    MicroagentsConfigurationException e = startupFailure(false, "microagents.openai.api-key=sk-test",
        "microagents.openai.base-url=localhost:11434");

    assertThat(e.property()).isEqualTo("microagents.openai.base-url");
    FailureAnalysis analysis = new MicroagentsFailureAnalyzer().analyze(e);
    assertThat(analysis.getDescription()).contains("microagents.openai.base-url: 'localhost:11434' is not an http(s) URL");
    assertThat(analysis.getAction()).contains("http://localhost:11434/v1");
  }

  @Test
  void noApiKeyAndNoModelProviderOfYourOwnNamesTheKeyProperty() {
    assumeTrue(System.getenv("OPENAI_API_KEY") == null, "OPENAI_API_KEY is set");

    MicroagentsConfigurationException e = startupFailure(false);

    assertThat(e.property()).isEqualTo("microagents.openai.api-key");
    assertThat(e.action()).contains("ModelProvider bean");
  }

  @Test
  void anEmptyTaskQueueNamesItsProperty() {
    MicroagentsConfigurationException e = startupFailure(true, "microagents.task-queue= ");

    assertThat(e.property()).isEqualTo("microagents.task-queue");
  }

  @Test
  void aValueOfTheWrongTypeFailsInBootsBindingNamingTheProperty() {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(SampleApplication.class, Models.class)
        .web(WebApplicationType.NONE).properties("spring.main.banner-mode=off", "logging.level.root=off",
            "microagents.agents.reception.maximum-attempts=many").run().close());

    BindException bind = findCause(failure, BindException.class);
    assertThat(bind.getName().toString()).isEqualTo("microagents.agents.reception.maximum-attempts");
  }

  private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in " + failure);
  }

  private static MicroagentsConfigurationException startupFailure(boolean scriptedModel, String... properties) {
    SpringApplicationBuilder app = scriptedModel
        ? new SpringApplicationBuilder(SampleApplication.class, Models.class)
        : new SpringApplicationBuilder(SampleApplication.class);
    Throwable failure = catchThrowable(() -> app.web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off", "logging.level.root=off").properties(properties).run().close());
    Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
    assertThat(root).isInstanceOf(MicroagentsConfigurationException.class);
    return (MicroagentsConfigurationException) root;
  }
}
