package io.microagents.openai;

import static io.microagents.openai.OpenAiFixture.answerOutput;
import static io.microagents.openai.OpenAiFixture.request;
import static io.microagents.openai.OpenAiFixture.weatherTool;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.items.HandoffCall;
import io.microagents.items.Message;
import io.microagents.items.Reasoning;
import io.microagents.items.Role;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.json.Json;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.ModelSettings;
import io.microagents.model.Usage;
import io.microagents.testing.FakeOpenAiResponses;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiResponsesModelTest {

  private final OpenAiFixture fake = new OpenAiFixture();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void answersWithText() {
    fake.server.enqueue(FakeOpenAiResponses.builder().id("resp_42").message("Hello!")
        .usage(12, 3).build());

    ModelResponse response = fake.responses().call(request(Message.user("Hi")));

    assertThat(response.output()).containsExactly(Message.assistant("Hello!"));
    assertThat(response.usage()).isEqualTo(Usage.ofRequest(12, 3));
    assertThat(response.responseId()).isEqualTo("resp_42");
    assertThat(fake.server.lastRequest().path()).isEqualTo("/v1/responses");
  }

  @Test
  void sendsInstructionsModelAndMessages() {
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    fake.responses().call(request(Message.system("Context."), Message.user("Hi"),
        Message.assistant("Hello"), new Message(Role.DEVELOPER, "Be exact.", null)));

    JsonNode body = fake.lastBody();
    assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(body.get("instructions").asText()).isEqualTo("Be brief.");
    assertThat(roles(body.get("input"))).containsExactly("system", "user", "assistant", "developer");
    assertThat(body.at("/input/1/content").asText()).isEqualTo("Hi");
    assertThat(fake.server.lastRequest().header("authorization"))
        .isEqualTo("Bearer " + OpenAiFixture.API_KEY);
  }

  @Test
  void parsesTwoToolCallsInOneResponse() {
    fake.server.enqueue(FakeOpenAiResponses.toolCalls(
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        new ToolCall("call_2", "get_weather", "{\"city\":\"Oslo\"}")));

    ModelResponse response = fake.responses().call(request(Message.user("Weather?")));

    assertThat(response.output()).containsExactly(
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        new ToolCall("call_2", "get_weather", "{\"city\":\"Oslo\"}"));
  }

  @Test
  void sendsPriorCallsAndToolOutputsBack() {
    fake.server.enqueue(FakeOpenAiResponses.text("Sunny in Paris."));

    fake.responses().call(request(Message.user("Weather?"),
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        ToolOutput.of("call_1", "sunny"),
        new HandoffCall("call_2", "transfer_to_billing", "", "billing"),
        ToolOutput.of("call_2", "{\"assistant\":\"billing\"}")));

    JsonNode input = fake.lastBody().get("input");
    assertThat(input.get(1)).isEqualTo(Json.parse("{\"type\":\"function_call\","
        + "\"call_id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}"));
    assertThat(input.get(2).get("type").asText()).isEqualTo("function_call_output");
    assertThat(input.get(2).get("call_id").asText()).isEqualTo("call_1");
    assertThat(input.get(2).get("output").asText()).isEqualTo("sunny");
    assertThat(input.get(3).get("name").asText()).isEqualTo("transfer_to_billing");
    assertThat(input.get(3).get("arguments").asText()).isEqualTo("{}");
    assertThat(input.get(4).get("call_id").asText()).isEqualTo("call_2");
  }

  @Test
  void sendsStrictFunctionTools() {
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    fake.responses().call(request(List.of(weatherTool()), null, null, Message.user("Hi")));

    JsonNode tool = fake.lastBody().at("/tools/0");
    assertThat(tool.get("type").asText()).isEqualTo("function");
    assertThat(tool.get("name").asText()).isEqualTo("get_weather");
    assertThat(tool.get("description").asText()).isEqualTo("Current weather in a city");
    assertThat(tool.get("strict").asBoolean()).isTrue();
    assertThat(tool.get("parameters")).isEqualTo(weatherTool().parameters());
  }

  @Test
  void requestsStructuredOutput() {
    fake.server.enqueue(FakeOpenAiResponses.json("{\"answer\":\"42\",\"confidence\":0.9}"));

    ModelResponse response = fake.responses()
        .call(request(List.of(), answerOutput(), null, Message.user("Meaning of life?")));

    JsonNode format = fake.lastBody().at("/text/format");
    assertThat(format.get("type").asText()).isEqualTo("json_schema");
    assertThat(format.get("name").asText()).isEqualTo("Answer");
    assertThat(format.get("strict").asBoolean()).isTrue();
    assertThat(format.get("schema")).isEqualTo(answerOutput().schema());
    assertThat(response.output())
        .containsExactly(Message.assistant("{\"answer\":\"42\",\"confidence\":0.9}"));
  }

  @Test
  void sendsOnlyTheSettingsThatAreSet() {
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    fake.responses().call(request(List.of(weatherTool()), null,
        new ModelSettings(0.2, 0.9, 300, "required", false), Message.user("Hi")));
    JsonNode set = fake.lastBody();
    fake.responses().call(request(List.of(weatherTool()), null,
        new ModelSettings(null, null, null, "get_weather", null), Message.user("Hi")));
    JsonNode named = fake.lastBody();

    assertThat(set.get("temperature").asDouble()).isEqualTo(0.2);
    assertThat(set.get("top_p").asDouble()).isEqualTo(0.9);
    assertThat(set.get("max_output_tokens").asInt()).isEqualTo(300);
    assertThat(set.get("tool_choice").asText()).isEqualTo("required");
    assertThat(set.get("parallel_tool_calls").asBoolean()).isFalse();
    assertThat(named.get("tool_choice").toString())
        .isEqualTo("{\"name\":\"get_weather\",\"type\":\"function\"}");
    assertThat(named.has("temperature")).isFalse();
    assertThat(named.has("top_p")).isFalse();
    assertThat(named.has("max_output_tokens")).isFalse();
    assertThat(named.has("parallel_tool_calls")).isFalse();
  }

  @Test
  void readsReasoningAndRefusalsAndSendsNoReasoningBack() {
    fake.server.enqueue(FakeOpenAiResponses.builder().reasoning("rs_1", "The user wants weather.")
        .refusal("I cannot help with that.").build());
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    ModelResponse response = fake.responses().call(request(Message.user("Hi")));
    fake.responses().call(request(Message.user("Hi"), new Reasoning("rs_1", "thinking"),
        new Reasoning(null, "no id: skipped"), Message.user("Again")));

    assertThat(response.output()).containsExactly(
        new Reasoning("rs_1", "The user wants weather."),
        new Message(Role.ASSISTANT, "", "I cannot help with that."));
    JsonNode input = fake.lastBody().get("input");
    assertThat(input).hasSize(2);
    assertThat(input.toString()).doesNotContain("reasoning").doesNotContain("rs_1");
  }

  @Test
  void usesTheRequestModelOverTheDefault() {
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));
    fake.server.enqueue(FakeOpenAiResponses.text("ok"));

    fake.responses().call(new ModelRequest("a", "gpt-4.1", null,
        List.of(Message.user("Hi")), null, null, null));
    String named = fake.lastBody().get("model").asText();
    fake.responses().call(new ModelRequest("a", "", null,
        List.of(Message.user("Hi")), null, null, null));

    assertThat(named).isEqualTo("gpt-4.1");
    assertThat(fake.lastBody().get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(fake.lastBody().has("instructions")).isFalse();
  }

  private static List<String> roles(JsonNode input) {
    return StreamSupport.stream(input.spliterator(), false)
        .map(n -> n.get("role").asText()).toList();
  }
}
