package io.microagents.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Builds the openai-java client for {@link OpenAiOptions}. */
final class OpenAiClients {

  private OpenAiClients() {}

  /**
   * A client that never retries on its own: the caller (a Temporal activity, say) owns
   * retries, and a hidden retry would double the cost and hide the failure from it.
   */
  static OpenAIClient create(OpenAiOptions options) {
    checkKey(options);
    return OpenAIOkHttpClient.builder()
        .baseUrl(options.baseUrl())
        .apiKey(options.apiKey())
        .timeout(options.timeout())
        .maxRetries(0)
        .build();
  }

  /** @throws IllegalStateException when the options hold no API key */
  static void checkKey(OpenAiOptions options) {
    if (options.apiKey() == null) {
      throw new IllegalStateException("No OpenAI API key: set the OPENAI_API_KEY environment "
          + "variable or OpenAiOptions.builder().apiKey(...)");
    }
  }
}
