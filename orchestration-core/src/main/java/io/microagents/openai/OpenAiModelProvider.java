package io.microagents.openai;

import com.openai.client.OpenAIClient;
import io.microagents.model.Model;
import io.microagents.model.ModelProvider;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Resolves model names to OpenAI models over one shared openai-java client: Responses API
 * models by default, Chat Completions models when {@link OpenAiOptions#api()} says so. An
 * empty name means {@link OpenAiOptions#defaultModel()}.
 *
 * <p>The client never retries ({@code maxRetries(0)}): the caller owns retries. Close the
 * provider to release the client's connections. Creating a provider checks the API key at
 * once, then builds the client (OkHttp's) and warms openai-java up on a daemon thread (no
 * network) while the application goes on starting: the JVM's first model call would otherwise
 * spend about a second loading openai-java. The first {@link #model} waits for the client.
 */
public final class OpenAiModelProvider implements ModelProvider, AutoCloseable {

  private final OpenAiOptions options;
  private final CompletableFuture<OpenAIClient> client;

  /**
   * A provider for the given options.
   *
   * @throws IllegalStateException when there is no API key
   */
  public OpenAiModelProvider(OpenAiOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    OpenAiClients.checkKey(options);
    this.client = OpenAiWarmUp.start(options);
  }

  /** A provider configured from {@code OPENAI_API_KEY} and {@code OPENAI_BASE_URL}. */
  public static OpenAiModelProvider fromEnv() {
    return new OpenAiModelProvider(OpenAiOptions.fromEnv());
  }

  /** The options this provider was built with. */
  public OpenAiOptions options() {
    return options;
  }

  @Override
  public Model model(String name) {
    String model = name == null || name.isBlank() ? options.defaultModel() : name;
    return switch (options.api()) {
      case RESPONSES -> new OpenAiResponsesModel(client(), model, endpoint("/responses"), options.apiKey());
      case CHAT_COMPLETIONS ->
          new OpenAiChatCompletionsModel(client(), model, endpoint("/chat/completions"), options.apiKey());
    };
  }

  private String endpoint(String path) {
    String base = options.baseUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
  }

  /** The client, once the warm-up thread has built it; what building it threw, as thrown. */
  private OpenAIClient client() {
    try {
      return client.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /** Releases the client's connections (waiting for the client if it is still being built). */
  @Override
  public void close() {
    OpenAIClient built = client.exceptionally(failure -> null).join(); // none built: nothing to release
    if (built != null) {
      built.close();
    }
  }
}
