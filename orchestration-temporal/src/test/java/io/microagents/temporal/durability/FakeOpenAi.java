package io.microagents.temporal.durability;

import io.microagents.items.Message;
import io.microagents.model.ModelRequest;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import java.time.Duration;
import java.util.List;

/**
 * The real OpenAI model provider (openai-java over HTTP) pointed at a {@link FakeOpenAiServer}
 * on 127.0.0.1: what the durability tests inject faults into. Close it after each test.
 */
final class FakeOpenAi implements AutoCloseable {

  /** The API key used unless a test gives its own. */
  static final String API_KEY = "sk-test-durability-1";

  private static boolean warm;

  final FakeOpenAiServer server;
  final OpenAiModelProvider provider;

  private FakeOpenAi(FakeOpenAiServer server, OpenAiModelProvider provider) {
    this.server = server;
    this.provider = provider;
  }

  /**
   * Makes one model call in this JVM before a test's timed one: the first call loads
   * openai-java's classes, which on a loaded machine can take longer than the test agents'
   * few-seconds activity timeout and would turn into a spurious retry.
   */
  static synchronized void warmUp() {
    if (warm) {
      return;
    }
    try (FakeOpenAi f = start()) {
      f.server.enqueue(FakeOpenAiResponses.text("warm"));
      f.provider.model("").call(new ModelRequest("warm-up", "", "", List.of(Message.user("hi")), null, null, null));
    }
    warm = true;
  }

  /** A started server and a provider with the default test key. */
  static FakeOpenAi start() {
    return start(API_KEY);
  }

  /**
   * A started server and a provider with this key. The HTTP timeout (6 s) is longer than the
   * test agents' activity start-to-close timeout, so an answer that never comes is cut by
   * Temporal, not by the client.
   */
  static FakeOpenAi start(String apiKey) {
    FakeOpenAiServer server = new FakeOpenAiServer().start();
    OpenAiModelProvider provider = new OpenAiModelProvider(OpenAiOptions.builder()
        .baseUrl(server.baseUrl()).apiKey(apiKey).timeout(Duration.ofSeconds(6)).build());
    return new FakeOpenAi(server, provider);
  }

  @Override
  public void close() {
    provider.close();
    server.close();
  }
}
