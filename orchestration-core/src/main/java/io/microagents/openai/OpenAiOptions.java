package io.microagents.openai;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to reach OpenAI (or a compatible server): base URL, API key, which API, default model
 * and request timeout. Immutable; unset values fall back to the environment variables
 * {@code OPENAI_BASE_URL} and {@code OPENAI_API_KEY}, then to OpenAI's defaults.
 *
 * <p>The API key is a secret: {@link #toString()} never shows it.
 */
public final class OpenAiOptions {

  /** OpenAI's own endpoint. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
  /** The model used when neither the agent nor the run names one. */
  public static final String DEFAULT_MODEL = "gpt-4o-mini";
  /** How long one request may take by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final String baseUrl;
  private final String apiKey;
  private final OpenAiApi api;
  private final String defaultModel;
  private final Duration timeout;

  private OpenAiOptions(Builder b, Function<String, String> env) {
    this.baseUrl = firstNonBlank(b.baseUrl, env.apply("OPENAI_BASE_URL"), DEFAULT_BASE_URL);
    this.apiKey = firstNonBlank(b.apiKey, env.apply("OPENAI_API_KEY"), null);
    this.api = b.api == null ? OpenAiApi.RESPONSES : b.api;
    this.defaultModel = firstNonBlank(b.defaultModel, null, DEFAULT_MODEL);
    this.timeout = b.timeout == null ? DEFAULT_TIMEOUT : b.timeout;
  }

  /** Options taken entirely from the environment and defaults. */
  public static OpenAiOptions fromEnv() {
    return builder().build();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options' explicit values. */
  public Builder toBuilder() {
    return builder().baseUrl(baseUrl).apiKey(apiKey).api(api).defaultModel(defaultModel)
        .timeout(timeout);
  }

  /** The API's base URL, e.g. {@code https://api.openai.com/v1}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The API key, or {@code null} when none was given or found in the environment. */
  public String apiKey() {
    return apiKey;
  }

  /** Which API the provider calls. */
  public OpenAiApi api() {
    return api;
  }

  /** The model used for an empty model name. */
  public String defaultModel() {
    return defaultModel;
  }

  /** How long one request may take. */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "OpenAiOptions{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
        + ", api=" + api + ", defaultModel=" + defaultModel + ", timeout=" + timeout + "}";
  }

  private static String firstNonBlank(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    if (b != null && !b.isBlank()) {
      return b;
    }
    return fallback;
  }

  /** Builds {@link OpenAiOptions}; every setting is optional. */
  public static final class Builder {
    private String baseUrl;
    private String apiKey;
    private OpenAiApi api;
    private String defaultModel;
    private Duration timeout;

    private Builder() {}

    /** The API's base URL; default {@code OPENAI_BASE_URL}, then OpenAI's endpoint. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The API key; default {@code OPENAI_API_KEY}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Which API to call; default {@link OpenAiApi#RESPONSES}. */
    public Builder api(OpenAiApi api) {
      this.api = api;
      return this;
    }

    /** The model for an empty model name; default {@code gpt-4o-mini}. */
    public Builder defaultModel(String defaultModel) {
      this.defaultModel = defaultModel;
      return this;
    }

    /** How long one request may take; default two minutes. */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException("OpenAiOptions.timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The options, with unset values taken from the environment and defaults. */
    public OpenAiOptions build() {
      return build(System::getenv);
    }

    /** As {@link #build()}, reading variables from {@code env}; for tests. */
    OpenAiOptions build(Function<String, String> env) {
      return new OpenAiOptions(this, Objects.requireNonNull(env));
    }
  }
}
