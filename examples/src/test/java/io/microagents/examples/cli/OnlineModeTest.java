package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.web.FakeWebApis;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.items.ToolCall;
import io.microagents.testing.FakeChatCompletions;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With OPENAI_API_KEY set, examples call the model at OPENAI_BASE_URL — here a local
 * OpenAI-compatible fake — and the web APIs at their configured addresses (a local fake).
 */
class OnlineModeTest {

  private final FakeOpenAiServer openAi = new FakeOpenAiServer().start();
  private final FakeWebApis web = FakeWebApis.start();

  @AfterEach
  void stop() {
    openAi.close();
    web.close();
  }

  private Map<String, String> env() {
    WebEndpoints e = web.endpoints();
    return Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", openAi.baseUrl(),
        "MICROAGENTS_IPIFY_URL", e.ipify(), "MICROAGENTS_IPAPI_URL", e.ipApi(),
        "MICROAGENTS_WEATHER_GOV_URL", e.weatherGov(), "MICROAGENTS_WIKIPEDIA_URL", e.wikipedia());
  }

  @Test
  void theWeatherExampleRunsAgainstAnOpenAiCompatibleServer() {
    openAi.enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("c1", "get_ip_address", "{}")))
        .enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("c2", "get_location_info", "{\"ip\":\"198.51.100.23\"}")))
        .enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("c3", "get_weather_alerts", "{\"state\":\"FL\"}")))
        .enqueue(FakeOpenAiResponses.text("A heat advisory is in effect in Miami."));

    CliRun run = CliRun.of(env(), "run", "weather", "--model", "gpt-test");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("Online: model gpt-test at " + openAi.baseUrl() + ", live web APIs");
    assertThat(run.out()).contains("tool call get_weather_alerts {\"state\":\"FL\"}")
        .contains("A heat advisory is in effect in Miami.");
    assertThat(openAi.requestCount()).isEqualTo(4);
    assertThat(openAi.lastRequest().header("Authorization")).isEqualTo("Bearer sk-test");
    assertThat(openAi.lastRequest().body().path("model").asText()).isEqualTo("gpt-test");
    assertThat(web.requests()).extracting(FakeWebApis.Request::path)
        .containsExactly("/ipify", "/ip-api/json/198.51.100.23", "/nws/alerts/active/area/FL");
  }

  @Test
  void aChatCompletionsOnlyServerRunsTheHandoffExample() {
    openAi.enqueue(FakeChatCompletions.toolCalls(new ToolCall("c1", "transfer_to_local_info", "{}")))
        .enqueue(FakeChatCompletions.toolCalls(new ToolCall("c2", "get_store_hours", "{\"store\":\"Target\"}")))
        .enqueue(FakeChatCompletions.text("Target is open until 22:00."));

    CliRun run = CliRun.of(env(), "run", "handoffs", "When does Target close?", "--api", "chat_completions",
        "--model", "llama3.1");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).contains("(Chat Completions API)");
    assertThat(run.out()).contains("handoff triage -> local_info").contains("Target: Mon-Sun 08:00-22:00")
        .contains("Target is open until 22:00.");
    assertThat(openAi.requests()).extracting(r -> r.path()).containsOnly(FakeOpenAiServer.CHAT_COMPLETIONS_PATH);
  }

  @Test
  void aRejectedApiKeyIsOneLineAndStatus1() {
    openAi.respondWith(request -> FakeReply.error(401, "Incorrect API key provided: sk-test.", "invalid_request_error",
        "invalid_api_key"));

    CliRun run = CliRun.of(env(), "run", "weather");

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString().startsWith("Error: ").contains("API key");
    assertThat(openAi.requestCount()).isEqualTo(1);
  }

  @Test
  void aResearchRunThatFailsBeforeAskingPrintsWhy() {
    openAi.respondWith(request -> FakeReply.error(401, "Incorrect API key provided: sk-test.", "invalid_request_error",
        "invalid_api_key"));

    CliRun run = CliRun.of(env(), "run", "research");

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString().startsWith("Error: The model server rejected the API key")
        .doesNotContain("Update");
  }

  @Test
  void theBareLoopHandsAFailedToolToTheModel() {
    openAi.enqueue(FakeOpenAiResponses.toolCalls(new ToolCall("c1", "get_weather_alerts", "{\"state\":\"Florida\"}")))
        .enqueue(FakeOpenAiResponses.text("Which state? Use its two-letter code."));

    CliRun run = CliRun.of(env(), "run", "agentic-loop");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("get_weather_alerts failed: tool get_weather_alerts failed: "
        + "state must be a two-letter US state code such as FL, got 'Florida'");
    assertThat(run.out()).contains("Which state? Use its two-letter code.");
    assertThat(openAi.lastRequest().body().toString()).contains("Error: tool get_weather_alerts failed: state must be");
  }

  @Test
  void offlineWinsOverAnApiKey() {
    CliRun run = CliRun.of(env(), "run", "handoffs", "--offline");

    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("Offline (--offline): scripted model and recorded web data");
    assertThat(openAi.requestCount()).isZero();
  }
}
