package io.microagents.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.json.Json;
import io.microagents.model.ToolSpec;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.testing.MicroagentsTestExtension;
import io.microagents.testing.ScriptedModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console over plain HTTP: a run waiting for an approval shows in the inbox (its
 * arguments escaped), a post from another origin or without the token is refused, the
 * approval goes through the validated update, and the run's events stream to the end.
 */
class ConsoleHttpTest {

  @Agent(name = "payer", instructions = "Pay bills.")
  public static class Payer {
    @Tool(value = "Pays a bill", needsApproval = true)
    public String pay(@Param(name = "payee") String payee, @Param(name = "amount") int amount) {
      return "paid " + amount + " to " + payee;
    }
  }

  static final String EVIL = "<script>alert(1)</script>";

  @RegisterExtension final MicroagentsTestExtension temporal = new MicroagentsTestExtension();

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private String startPayment(AgentClient client) {
    String id = client.start("payer", List.of(Message.user("Pay the gas bill")), null, temporal.workflowId("pay"));
    until(() -> client.state(id), s -> !s.approvals().isEmpty());
    return id;
  }

  private AgentClient client() {
    ScriptedModel model = new ScriptedModel()
        .thenToolCall("pay", "{\"payee\":\"" + EVIL.replace("\"", "\\\"") + "\",\"amount\":80}")
        .thenMessage("Paid " + EVIL + ".");
    return temporal.start(AgentRegistry.of(Payer.class), model);
  }

  @Test
  void anApprovalWaitsInTheInboxEscapedAndIsApprovedFromAForm() throws Exception {
    AgentClient client = client();
    String id = startPayment(client);
    try (MicroagentsConsole console = MicroagentsConsole.builder(client).temporalUi("http://localhost:8233").build().start()) {
      String base = "http://127.0.0.1:" + console.port();

      HttpResponse<String> inbox = get(base + "/inbox", null);
      assertThat(inbox.statusCode()).isEqualTo(200);
      assertThat(inbox.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(EVIL)
          .contains("name=\"decision\" value=\"approve\"").contains("<label for=\"reason-1-1\">");
      String call = client.state(id).approvals().get(0).callId();
      String form = "workflow=" + enc(id) + "&run=" + enc(id) + "&call=" + enc(call) + "&decision=approve&reason=";

      HttpResponse<String> crossSite = post(base + "/inbox/decide", form, "http://evil.example");
      assertThat(crossSite.statusCode()).isEqualTo(403);
      assertThat(client.state(id).approvals()).hasSize(1);

      HttpResponse<String> approved = post(base + "/inbox/decide", form, base);
      assertThat(approved.statusCode()).isEqualTo(303);
      assertThat(approved.headers().firstValue("Location").orElseThrow()).startsWith("/inbox?done=Approved");
      assertThat(client.summary(id).finalOutput().asText()).isEqualTo("Paid " + EVIL + ".");

      HttpResponse<String> again = post(base + "/inbox/decide", form, base);
      assertThat(again.statusCode()).isEqualTo(422);
      assertThat(again.body()).contains("Not sent: someone else answered this first").contains("Nothing was changed.");

      String events = get(base + "/run/events?id=" + enc(id), null).body();
      assertThat(events).contains("\"type\":\"ToolCallStarted\"").contains("\"type\":\"Finished\"")
          .contains("event: end");

      String run = get(base + "/run?id=" + enc(id), null).body();
      assertThat(run).contains("http://localhost:8233/namespaces/default/workflows/" + enc(id).replace("+", "%20"))
          .contains("/static/run.js");
      String runs = until(() -> body(base + "/runs?status=completed"), b -> b.contains(">" + id + "</a>")); // visibility lags on a real server
      assertThat(runs).contains("AgentWorkflow").contains(">payer<");
    }
  }

  @Test
  void anAgentsQuestionIsAnsweredFromTheInboxAndAnEmptyAnswerIsRefusedByTheValidator() throws Exception {
    AgentDefinition asker = AgentDefinition.builder("asker").instructions("Ask, then answer.")
        .tool(new ToolDefinition(new ToolSpec(ToolDefinition.ASK_HUMAN, "Asks the user",
            Json.parse("{\"type\":\"object\",\"properties\":{\"question\":{\"type\":\"string\"}}}"), false),
            ToolDefinition.Kind.HUMAN, null, null, false, false, null))
        .build();
    ScriptedModel model = new ScriptedModel().thenToolCall("ask_human", "{\"question\":\"Window or aisle?\"}")
        .thenMessage("Noted.");
    AgentClient client = temporal.start(AgentRegistry.builder().register(asker).build(), model);
    String id = client.start("asker", List.of(Message.user("Book me a seat")), null, temporal.workflowId("ask"));
    String question = until(() -> client.state(id), s -> !s.questions().isEmpty()).questions().get(0).id();
    try (MicroagentsConsole console = MicroagentsConsole.builder(client).build().start()) {
      String base = "http://127.0.0.1:" + console.port();
      assertThat(get(base + "/inbox", null).body()).contains(">asker asks: Window or aisle?</label>");
      String form = "workflow=" + enc(id) + "&run=" + enc(id) + "&question=" + enc(question) + "&answer=";

      HttpResponse<String> empty = post(base + "/inbox/answer", form + "+", base);
      assertThat(empty.statusCode()).isEqualTo(422);
      assertThat(empty.body()).contains("role=\"alert\">Not sent: The answer to " + question + " is empty. Nothing was changed.")
          .contains("asker asks: Window or aisle?");
      assertThat(client.state(id).questions()).hasSize(1);

      assertThat(post(base + "/inbox/answer", form + "Aisle", base).statusCode()).isEqualTo(303);
      assertThat(client.summary(id).finalOutput().asText()).isEqualTo("Noted.");
      assertThat(get(base + "/inbox", null).body()).contains("Nothing waits for a person.");
    }
  }

  @Test
  void withATokenEveryRequestNeedsItAndOnlyLoopbackHostNamesAreServed() throws Exception {
    AgentClient client = client();
    try (MicroagentsConsole console = MicroagentsConsole.builder(client).token("s3cret").build().start()) {
      String base = "http://127.0.0.1:" + console.port();
      assertThat(console.url()).isEqualTo(base + "/?token=s3cret");

      assertThat(get(base + "/runs", null).statusCode()).isEqualTo(403);
      assertThat(get(base + "/static/run.js", null).statusCode()).isEqualTo(403);
      HttpResponse<String> withQuery = get(console.url(), null);
      assertThat(withQuery.statusCode()).isEqualTo(200);
      String cookie = withQuery.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
      assertThat(get(base + "/inbox", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
      assertThat(get(base + "/inbox", "microagents_console_token=wrong").statusCode()).isEqualTo(403);
      assertThat(withQuery.body()).doesNotContain("s3cret");

      assertThat(rawStatus(console.port(), "evil.example:" + console.port())).isEqualTo(403);
      assertThat(rawStatus(console.port(), "localhost:" + console.port())).isEqualTo(403); // no token
    }
  }

  private HttpResponse<String> get(String url, String cookie) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String body(String url) {
    try {
      return get(url, null).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> post(String url, String form, String origin) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A request with a Host header of our choosing (HttpClient will not send one). */
  private static int rawStatus(int port, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(("GET /runs HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static <T> T until(Supplier<T> read, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      T value = read.get();
      if (done.test(value) || System.nanoTime() > deadline) {
        assertThat(done.test(value)).as("condition within 30s, last value %s", value).isTrue();
        return value;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
    }
  }
}
