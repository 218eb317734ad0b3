package io.microagents.spring.internal;

import io.microagents.spring.MicroagentsConfigurationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a {@link MicroagentsConfigurationException} as Boot reports bad properties: what, and what to do. */
public final class MicroagentsFailureAnalyzer extends AbstractFailureAnalyzer<MicroagentsConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MicroagentsConfigurationException cause) {
    return new FailureAnalysis("Invalid Microagents configuration: " + cause.property() + ": " + cause.problem(), cause.action(), cause);
  }
}
