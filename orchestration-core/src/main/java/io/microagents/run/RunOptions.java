package io.microagents.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.microagents.model.ModelSettings;

/**
 * Per-run settings. Serializable, so a durable run can carry them across a workflow boundary.
 *
 * @param maxTurns model calls allowed before {@link MaxTurnsExceededException}; 0 takes the
 *     starting agent's {@code maxTurns}, then {@link #DEFAULT_MAX_TURNS}
 * @param model a model name that overrides every agent's, or {@code null}
 * @param modelSettings settings that override every agent's, or {@code null}
 * @param context the user's context object, handed to tools as {@link RunContext#context()}
 * @param toolErrors what to do when a tool throws
 * @param modelErrors what to do when the model calls an unknown tool or writes bad arguments
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunOptions(
    int maxTurns,
    String model,
    ModelSettings modelSettings,
    Object context,
    ErrorPolicy toolErrors,
    ErrorPolicy modelErrors) {

  /** Turns allowed when neither the run nor the agent says otherwise (as in the OpenAI Agents SDK). */
  public static final int DEFAULT_MAX_TURNS = 10;

  /** The defaults: 10 turns, errors back to the model. */
  public static final RunOptions DEFAULTS = builder().build();

  public RunOptions {
    toolErrors = toolErrors == null ? ErrorPolicy.RETURN_TO_MODEL : toolErrors;
    modelErrors = modelErrors == null ? ErrorPolicy.RETURN_TO_MODEL : modelErrors;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().maxTurns(maxTurns).model(model).modelSettings(modelSettings).context(context)
        .toolErrors(toolErrors).modelErrors(modelErrors);
  }

  /** Builds {@link RunOptions}. */
  public static final class Builder {
    private int maxTurns;
    private String model;
    private ModelSettings modelSettings;
    private Object context;
    private ErrorPolicy toolErrors;
    private ErrorPolicy modelErrors;

    public Builder maxTurns(int v) { this.maxTurns = v; return this; }
    public Builder model(String v) { this.model = v; return this; }
    public Builder modelSettings(ModelSettings v) { this.modelSettings = v; return this; }
    public Builder context(Object v) { this.context = v; return this; }
    public Builder toolErrors(ErrorPolicy v) { this.toolErrors = v; return this; }
    public Builder modelErrors(ErrorPolicy v) { this.modelErrors = v; return this; }

    public RunOptions build() {
      return new RunOptions(maxTurns, model, modelSettings, context, toolErrors, modelErrors);
    }
  }
}
