package io.microagents.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import io.microagents.items.Item;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelSettings;
import io.microagents.model.OutputSpec;
import io.microagents.model.ToolSpec;
import io.microagents.testing.FakeOpenAiServer;
import java.time.Duration;
import java.util.List;

/** A fake OpenAI server and a real openai-java client pointed at it. */
final class OpenAiFixture implements AutoCloseable {

  static final String API_KEY = "sk-test-secret-0123456789";

  final FakeOpenAiServer server = new FakeOpenAiServer().start();
  final OpenAiOptions options = OpenAiOptions.builder()
      .baseUrl(server.baseUrl()).apiKey(API_KEY).timeout(Duration.ofSeconds(10)).build();
  final OpenAIClient client = OpenAiClients.create(options);

  OpenAiResponsesModel responses() {
    return new OpenAiResponsesModel(client, "gpt-4o-mini");
  }

  OpenAiChatCompletionsModel chat() {
    return new OpenAiChatCompletionsModel(client, "gpt-4o-mini");
  }

  /** The body of the last request the server received. */
  JsonNode lastBody() {
    return server.lastRequest().body();
  }

  static ModelRequest request(Item... input) {
    return new ModelRequest("assistant", "gpt-4o-mini", "Be brief.", List.of(input), List.of(),
        null, null);
  }

  static ModelRequest request(List<ToolSpec> tools, OutputSpec output, ModelSettings settings,
      Item... input) {
    return new ModelRequest("assistant", "gpt-4o-mini", "Be brief.", List.of(input), tools,
        output, settings);
  }

  static ToolSpec weatherTool() {
    return new ToolSpec("get_weather", "Current weather in a city", Json.parse(
        "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
            + "\"required\":[\"city\"],\"additionalProperties\":false}"), true);
  }

  static OutputSpec answerOutput() {
    return new OutputSpec("Answer", Json.parse(
        "{\"type\":\"object\",\"properties\":{\"answer\":{\"type\":\"string\"},"
            + "\"confidence\":{\"type\":\"number\"}},\"required\":[\"answer\",\"confidence\"],"
            + "\"additionalProperties\":false}"), true);
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
