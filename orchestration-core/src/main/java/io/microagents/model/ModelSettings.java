package io.microagents.model;

/**
 * Optional tuning passed to the model; {@code null} leaves the provider's default.
 *
 * @param temperature sampling temperature
 * @param topP nucleus sampling
 * @param maxOutputTokens upper bound on generated tokens
 * @param toolChoice "auto", "required", "none" or a tool name
 * @param parallelToolCalls whether the model may ask for several tools in one response
 */
public record ModelSettings(
    Double temperature,
    Double topP,
    Integer maxOutputTokens,
    String toolChoice,
    Boolean parallelToolCalls) {

  /** No settings: every value is the provider's default. */
  public static final ModelSettings DEFAULT = new ModelSettings(null, null, null, null, null);

  /** Values of {@code override} where set, otherwise these. */
  public ModelSettings merge(ModelSettings override) {
    if (override == null) {
      return this;
    }
    return new ModelSettings(
        override.temperature != null ? override.temperature : temperature,
        override.topP != null ? override.topP : topP,
        override.maxOutputTokens != null ? override.maxOutputTokens : maxOutputTokens,
        override.toolChoice != null ? override.toolChoice : toolChoice,
        override.parallelToolCalls != null ? override.parallelToolCalls : parallelToolCalls);
  }
}
