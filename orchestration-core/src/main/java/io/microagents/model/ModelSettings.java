package io.microagents.model;

/**
 * Optional tuning passed to the model; {@code null} leaves the provider's default. Values are
 * checked when built: a temperature outside 0..2, a topP outside 0..1 or fewer than one
 * output token fail with {@link IllegalArgumentException} naming the setting.
 *
 * @param temperature sampling temperature, 0 to 2
 * @param topP nucleus sampling, 0 to 1
 * @param maxOutputTokens upper bound on generated tokens, at least 1
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

  public ModelSettings {
    if (temperature != null && !(temperature >= 0 && temperature <= 2)) {
      throw new IllegalArgumentException("temperature must be between 0 and 2, got " + temperature);
    }
    if (topP != null && !(topP >= 0 && topP <= 1)) {
      throw new IllegalArgumentException("topP must be between 0 and 1, got " + topP);
    }
    if (maxOutputTokens != null && maxOutputTokens < 1) {
      throw new IllegalArgumentException("maxOutputTokens must be at least 1, got " + maxOutputTokens);
    }
    if (toolChoice != null && toolChoice.isBlank()) {
      throw new IllegalArgumentException("toolChoice must be auto, required, none or a tool name, got a blank");
    }
  }

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
