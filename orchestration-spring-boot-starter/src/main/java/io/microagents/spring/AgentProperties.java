package io.microagents.spring;

import java.time.Duration;

/**
 * One agent's settings, {@code microagents.agents.<name>.*}, where {@code <name>} is the
 * agent's name (in brackets to keep its case or spaces: {@code microagents.agents[Triage agent].model}).
 * Unset values keep the agent's own ({@code @Agent(model)}) or the defaults of
 * {@code MicroagentsOptions.DEFAULT_MODEL_ACTIVITY}.
 */
public class AgentProperties {

  /** The model of this agent's calls, replacing {@code @Agent(model)}. */
  private String model;

  /** How long one model call of this agent may take (each attempt). */
  private Duration startToCloseTimeout;

  /** How many times a model call of this agent is tried in all. */
  private Integer maximumAttempts;

  /** The model, or {@code null}. */
  public String getModel() { return model; }

  /** Sets the model. */
  public void setModel(String model) { this.model = model; }

  /** The timeout of one attempt, or {@code null}. */
  public Duration getStartToCloseTimeout() { return startToCloseTimeout; }

  /** Sets the timeout of one attempt. */
  public void setStartToCloseTimeout(Duration startToCloseTimeout) { this.startToCloseTimeout = startToCloseTimeout; }

  /** The attempts, or {@code null}. */
  public Integer getMaximumAttempts() { return maximumAttempts; }

  /** Sets the attempts. */
  public void setMaximumAttempts(Integer maximumAttempts) { this.maximumAttempts = maximumAttempts; }
}
