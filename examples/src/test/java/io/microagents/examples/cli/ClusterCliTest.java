package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import io.microagents.examples.TaskQueues;
import io.microagents.examples.TemporalTarget;
import io.microagents.examples.durability.LoopbackTemporalServer;
import io.microagents.examples.research.ResearchWorkflow;
import io.microagents.openai.OpenAiOptions;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CLI against a Temporal cluster — a test server on 127.0.0.1 here, or a real one when
 * TEMPORAL_ADDRESS is set (for durability) — where runs outlive their client and workers of
 * other settings poll beside ours.
 */
class ClusterCliTest {

  private static LoopbackTemporalServer server;

  @BeforeAll
  static void startServer() {
    server = LoopbackTemporalServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  /** Options for the CLI on the loopback server (whose workers must not be sticky). */
  private static List<String> onServer(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--temporal", server.address(), "--java-test-server"));
    return all;
  }

  /** A worker on the loopback server, as another process's {@code worker} would be. */
  private static ExampleSession worker(boolean offline, String openAiBaseUrl) {
    return ExampleSession.open(SessionSettings.builder(new PrintStream(OutputStream.nullOutputStream()))
        .offline(offline).openAi(OpenAiOptions.builder().apiKey("sk-test").baseUrl(openAiBaseUrl).build())
        .temporal(new TemporalTarget(server.address(), "default", null, true)).build());
  }

  @Test
  void attachPicksUpAResearchRunWhoseClientIsGone() {
    String id = "research-" + UUID.randomUUID().toString().substring(0, 8);
    try (ExampleSession client = ExampleSession.open(SessionSettings.builder(new PrintStream(OutputStream.nullOutputStream()))
        .temporal(new TemporalTarget(server.address(), "default", null, true)).runWorker(false).build())) {
      ResearchWorkflow workflow = client.workflows().newWorkflowStub(ResearchWorkflow.class, WorkflowOptions.newBuilder()
          .setTaskQueue(TaskQueues.forMode(true).agents()).setWorkflowId(id).build());
      WorkflowClient.start(workflow::research, "Research durable execution for AI agents");
    } // the client is gone, as after Ctrl-C; no worker has run anything yet

    CliRun run = CliRun.of(onServer("attach", id, "--answer", "Engineers", "--answer", "Crash recovery",
        "--answer", "One page").toArray(String[]::new));

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Attached to ResearchWorkflow " + id)
        .contains("waiting for a person: 3 clarifying questions")
        .contains("> Engineers   (given with --answer)")
        .contains("Final output:").contains("A report on durable execution for AI agents");
  }

  @Test
  void attachToAWorkflowThatDoesNotExistIsOneLine() {
    CliRun run = CliRun.of(onServer("attach", "research-nope").toArray(String[]::new));

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString()
        .isEqualTo("Error: No workflow research-nope in namespace default on " + server.address());
  }

  @Test
  void startLeavesTheModelToTheWorkersOfItsModeOnly() {
    try (FakeOpenAiServer openAi = new FakeOpenAiServer().start()) {
      // An online worker whose model would fail every call polls beside the offline one.
      openAi.respondWith(request -> FakeReply.error(401, "Incorrect API key provided.", "invalid_request_error",
          "invalid_api_key"));
      try (ExampleSession online = worker(false, openAi.baseUrl()); ExampleSession offline = worker(true, null)) {
        for (int i = 0; i < 3; i++) {
          CliRun run = CliRun.of(onServer("start", "weather").toArray(String[]::new));

          assertThat(run.err()).isEmpty();
          assertThat(run.status()).isZero();
          assertThat(run.outLines().get(0)).isEqualTo("Client only: the workers polling task queue microagents-offline on "
              + server.address() + " run the model and the tools, with their own settings");
          assertThat(run.out()).doesNotContain("No worker polls").contains("3 active weather alerts");
        }
        assertThat(openAi.requestCount()).isZero();
      }
    }
  }

  @Test
  void aClientInAnotherJvmShowsTheWorkersStreamedTextThroughRedis() throws Exception {
    String redis = System.getenv("REDIS_URI");
    Assumptions.assumeTrue(redis != null && !redis.isBlank(),
        "REDIS_URI is not set: start a Redis with scripts/redis-server.sh start and export REDIS_URI=$(scripts/redis-server.sh address)");
    try (ExampleSession worker = ExampleSession.open(SessionSettings.builder(new PrintStream(OutputStream.nullOutputStream()))
        .offline(true).redis(redis).temporal(new TemporalTarget(server.address(), "default", null, true)).build())) {
      // The client is a JVM of its own: the worker here -> Redis -> the client there.
      ProcessResult run = ProcessResult.ofCli(onServer("start", "research", "--answer", "Engineers", "--answer", "Crash recovery",
          "--answer", "One page", "--redis", redis).toArray(String[]::new));

      assertThat(run.status()).as(run.out() + run.err()).isZero();
      for (int i = 1; i <= 5; i++) { // each parallel searcher's text, streamed (its first words may go inline)
        String searcher = "searcher [searcher-" + i + "] > ";
        String said = String.join(" ", run.out().lines().map(String::strip).filter(l -> l.startsWith(searcher))
            .map(l -> l.substring(searcher.length()).strip()).toList());
        assertThat(said).startsWith("On 'durable execution");
      }
      assertThat(run.out()).contains("writer [writer-1] > ").contains("Final output:");
    }
  }

  @Test
  void aRedisThatIsNotAUriIsABadCommandLine() {
    CliRun run = CliRun.of(onServer("start", "weather", "--redis", "localhost:6379").toArray(String[]::new));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'localhost:6379' is not a Redis URI, e.g. redis://127.0.0.1:6379");
  }

  @Test
  void theDurabilityDemoRunsOnACluster() {
    String address = System.getenv("TEMPORAL_ADDRESS");
    boolean real = address != null && !address.isBlank();
    // This process's own worker polls microagents-offline on the same server: it must not take the steps.
    List<String> args = real ? List.of("run", "durability", "--temporal", address) : onServer("run", "durability");

    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out()).contains("KILLED worker 1").contains("No model call was made twice: 7 calls, each made once.");
  }
}
