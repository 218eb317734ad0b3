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
import io.microagents.model.ModelResponse;
import io.microagents.model.ModelSettings;
import io.microagents.model.Usage;
import io.microagents.testing.FakeChatCompletions;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatCompletionsModelTest {

  private final OpenAiFixture fake = new OpenAiFixture();

  @AfterEach
  void close() {
    fake.close();
  }

  @Test
  void answersWithText() {
    fake.server.enqueue(FakeChatCompletions.builder().id("chatcmpl-7").content("Hello!")
        .usage(20, 4).build());

    ModelResponse response = fake.chat().call(request(Message.user("Hi")));

    assertThat(response.output()).containsExactly(Message.assistant("Hello!"));
    assertThat(response.usage()).isEqualTo(Usage.ofRequest(20, 4));
    assertThat(response.responseId()).isEqualTo("chatcmpl-7");
    assertThat(fake.server.lastRequest().path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void sendsInstructionsAsTheFirstSystemMessage() {
    fake.server.enqueue(FakeChatCompletions.text("ok"));

    fake.chat().call(request(Message.user("Hi"), Message.assistant("Hello"),
        new Message(Role.DEVELOPER, "Be exact.", null), Message.system("Context.")));

    JsonNode messages = fake.lastBody().get("messages");
    assertThat(fake.lastBody().get("model").asText()).isEqualTo("gpt-4o-mini");
    assertThat(roles(messages)).containsExactly("system", "user", "assistant", "developer", "system");
    assertThat(messages.at("/0/content").asText()).isEqualTo("Be brief.");
    assertThat(messages.at("/1/content").asText()).isEqualTo("Hi");
  }

  @Test
  void parsesTwoToolCallsInOneAnswer() {
    fake.server.enqueue(FakeChatCompletions.toolCalls(
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        new ToolCall("call_2", "get_weather", "{\"city\":\"Oslo\"}")));

    ModelResponse response = fake.chat().call(request(Message.user("Weather?")));

    assertThat(response.output()).containsExactly(
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        new ToolCall("call_2", "get_weather", "{\"city\":\"Oslo\"}"));
  }

  @Test
  void parsesTextAndToolCallsTogether() {
    fake.server.enqueue(FakeChatCompletions.builder().content("Let me check.")
        .toolCall(new ToolCall("call_1", "get_weather", "{}")).build());

    ModelResponse response = fake.chat().call(request(Message.user("Weather?")));

    assertThat(response.output()).containsExactly(Message.assistant("Let me check."),
        new ToolCall("call_1", "get_weather", "{}"));
  }

  @Test
  void sendsCallsAsOneAssistantMessageAndOutputsAsToolMessages() {
    fake.server.enqueue(FakeChatCompletions.text("Sunny."));

    fake.chat().call(request(Message.user("Weather?"), Message.assistant("Checking."),
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        new HandoffCall("call_2", "transfer_to_billing", "", "billing"),
        new Reasoning("rs_1", "not sent to chat"),
        ToolOutput.of("call_1", "sunny"), ToolOutput.of("call_2", "transferred")));

    JsonNode messages = fake.lastBody().get("messages");
    assertThat(roles(messages)).containsExactly("system", "user", "assistant", "tool", "tool");
    JsonNode assistant = messages.get(2);
    assertThat(assistant.get("content").asText()).isEqualTo("Checking.");
    assertThat(assistant.at("/tool_calls/0/id").asText()).isEqualTo("call_1");
    assertThat(assistant.at("/tool_calls/0/type").asText()).isEqualTo("function");
    assertThat(assistant.at("/tool_calls/0/function/name").asText()).isEqualTo("get_weather");
    assertThat(assistant.at("/tool_calls/0/function/arguments").asText())
        .isEqualTo("{\"city\":\"Paris\"}");
    assertThat(assistant.at("/tool_calls/1/function/name").asText())
        .isEqualTo("transfer_to_billing");
    assertThat(assistant.at("/tool_calls/1/function/arguments").asText()).isEqualTo("{}");
    assertThat(messages.at("/3/tool_call_id").asText()).isEqualTo("call_1");
    assertThat(messages.at("/3/content").asText()).isEqualTo("sunny");
    assertThat(messages.at("/4/tool_call_id").asText()).isEqualTo("call_2");
  }

  @Test
  void sendsStrictFunctionTools() {
    fake.server.enqueue(FakeChatCompletions.text("ok"));

    fake.chat().call(request(List.of(weatherTool()), null, null, Message.user("Hi")));

    JsonNode tool = fake.lastBody().at("/tools/0");
    assertThat(tool.get("type").asText()).isEqualTo("function");
    assertThat(tool.at("/function/name").asText()).isEqualTo("get_weather");
    assertThat(tool.at("/function/description").asText()).isEqualTo("Current weather in a city");
    assertThat(tool.at("/function/strict").asBoolean()).isTrue();
    assertThat(tool.at("/function/parameters")).isEqualTo(weatherTool().parameters());
  }

  @Test
  void requestsStructuredOutput() {
    fake.server.enqueue(FakeChatCompletions.json("{\"answer\":\"42\",\"confidence\":0.9}"));

    ModelResponse response = fake.chat()
        .call(request(List.of(), answerOutput(), null, Message.user("Meaning of life?")));

    JsonNode format = fake.lastBody().get("response_format");
    assertThat(format.get("type").asText()).isEqualTo("json_schema");
    assertThat(format.at("/json_schema/name").asText()).isEqualTo("Answer");
    assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
    assertThat(format.at("/json_schema/schema")).isEqualTo(answerOutput().schema());
    assertThat(response.output())
        .containsExactly(Message.assistant("{\"answer\":\"42\",\"confidence\":0.9}"));
  }

  @Test
  void sendsOnlyTheSettingsThatAreSet() {
    fake.server.enqueue(FakeChatCompletions.text("ok"));
    fake.server.enqueue(FakeChatCompletions.text("ok"));

    fake.chat().call(request(List.of(weatherTool()), null,
        new ModelSettings(0.2, 0.9, 300, "none", true), Message.user("Hi")));
    JsonNode set = fake.lastBody();
    fake.chat().call(request(List.of(weatherTool()), null,
        new ModelSettings(null, null, null, "get_weather", null), Message.user("Hi")));
    JsonNode named = fake.lastBody();

    assertThat(set.get("temperature").asDouble()).isEqualTo(0.2);
    assertThat(set.get("top_p").asDouble()).isEqualTo(0.9);
    assertThat(set.get("max_completion_tokens").asInt()).isEqualTo(300);
    assertThat(set.get("tool_choice").asText()).isEqualTo("none");
    assertThat(set.get("parallel_tool_calls").asBoolean()).isTrue();
    assertThat(named.at("/tool_choice/type").asText()).isEqualTo("function");
    assertThat(named.at("/tool_choice/function/name").asText()).isEqualTo("get_weather");
    assertThat(named.has("temperature")).isFalse();
    assertThat(named.has("top_p")).isFalse();
    assertThat(named.has("max_completion_tokens")).isFalse();
    assertThat(named.has("parallel_tool_calls")).isFalse();
  }

  @Test
  void mapsRefusalBothWays() {
    fake.server.enqueue(FakeChatCompletions.refusal("I cannot help with that."));
    fake.server.enqueue(FakeChatCompletions.text("ok"));

    ModelResponse response = fake.chat().call(request(Message.user("Hi")));
    fake.chat().call(request(Message.user("Hi"), response.output().get(0), Message.user("Why?")));

    assertThat(response.output())
        .containsExactly(new Message(Role.ASSISTANT, "", "I cannot help with that."));
    JsonNode assistant = fake.lastBody().at("/messages/2");
    assertThat(assistant.get("refusal").asText()).isEqualTo("I cannot help with that.");
    assertThat(assistant.has("content")).isFalse();
  }

  private static List<String> roles(JsonNode messages) {
    return StreamSupport.stream(messages.spliterator(), false)
        .map(n -> n.get("role").asText()).toList();
  }
}
