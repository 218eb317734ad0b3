package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.items.Message;
import io.microagents.model.Model;
import io.microagents.model.ModelRequest;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.stream.InJvmStreamTransport;
import io.microagents.stream.StreamTransport;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.RunEvent;
import io.microagents.temporal.RunEvents;
import io.microagents.testing.FakeOpenAiResponses;
import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Time to first token and per-token overhead of streamed output: openai-java streaming called
 * directly against the fake server (which streams at a fixed pace), against a durable run read
 * through {@code AgentClient.events} over each transport. Prints one table; also the history
 * size of a streamed run next to an unstreamed one.
 */
@Command(name = "streaming", mixinStandardHelpOptions = true,
    description = "Time to first token and per-token overhead: direct openai-java vs. the events API over each transport.")
public final class StreamingBenchmark implements Callable<Integer> {

  @Agent(name = "writer", instructions = "Write.")
  public static class Writer {}

  @Option(names = "--words", description = "words in the streamed answer; default ${DEFAULT-VALUE}")
  int words = 100;

  @Option(names = "--chunk-ms", description = "the fake server's pause between chunks; default ${DEFAULT-VALUE}")
  int chunkMs = 5;

  @Option(names = "--rounds", description = "measured runs per path; default ${DEFAULT-VALUE}")
  int rounds = 20;

  @Option(names = "--temporal", description = "host:port of a real Temporal server (default: embedded)")
  String temporal;

  @Option(names = "--redis", description = "redis://host:port for the Redis Streams path (default: not measured)")
  String redis;

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new StreamingBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append("word").append(i);
    }
    try (FakeOpenAiServer server = new FakeOpenAiServer().start();
        OpenAiModelProvider models = new OpenAiModelProvider(OpenAiOptions.builder().baseUrl(server.baseUrl()).apiKey("bench").build())) {
      server.chunkDelay(Duration.ofMillis(chunkMs));
      server.respondWith(r -> FakeReply.ok(FakeOpenAiResponses.text(text.toString())));
      List<Row> rows = new ArrayList<>();
      rows.add(direct(models.model(null)));
      rows.add(durable("in-JVM transport", models, InJvmStreamTransport::new));
      if (redis != null) {
        rows.add(durable("Redis Streams", models, () -> RedisTransports.open(redis)));
      }
      print(rows);
      printHistorySizes(models);
    }
    return 0;
  }

  private Row direct(Model model) {
    ModelRequest request = new ModelRequest("writer", null, "Write.", List.of(Message.user("go")), List.of(), null, null, null);
    List<Double> firsts = new ArrayList<>();
    for (int round = -3; round < rounds; round++) { // 3 warm-up rounds
      long start = System.nanoTime();
      long[] first = {0};
      model.stream(request, d -> {
        if (first[0] == 0) {
          first[0] = System.nanoTime();
        }
      });
      if (round >= 0) {
        firsts.add((first[0] - start) / 1e6);
      }
    }
    return new Row("direct openai-java streaming", Stats.of(firsts), null, null);
  }

  private Row durable(String name, OpenAiModelProvider models, Supplier<StreamTransport> transport) throws Exception {
    TimedTransport timed = new TimedTransport(transport.get());
    List<Double> ttft = new ArrayList<>();
    List<Double> firstAdded = new ArrayList<>();
    List<Double> tokenAdded = new ArrayList<>();
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(Writer.class)).models(models)
        .options(MicroagentsOptions.builder().streams(timed).build()).address(temporal)
        .taskQueue("streaming-bench-" + ProcessHandle.current().pid() + "-" + name.hashCode()).build()) {
      for (int round = -3; round < rounds; round++) {
        long start = System.nanoTime();
        String id = env.client().start(Writer.class, "go");
        List<Long> received = new ArrayList<>();
        try (RunEvents events = env.client().events(id)) {
          while (events.hasNext()) {
            if (events.next() instanceof RunEvent.Delta) {
              received.add(System.nanoTime());
            }
          }
        }
        if (round < 0) {
          continue;
        }
        List<Long> published = timed.published(id);
        ttft.add((received.get(0) - start) / 1e6);
        firstAdded.add((received.get(0) - published.get(0)) / 1e6);
        for (int i = 0; i < Math.min(received.size(), published.size()); i++) {
          tokenAdded.add((received.get(i) - published.get(i)) / 1e6);
        }
      }
    }
    return new Row(name + " + AgentClient.events", Stats.of(ttft), Stats.of(firstAdded), Stats.of(tokenAdded));
  }

  private void printHistorySizes(OpenAiModelProvider models) {
    long[] sizes = new long[2];
    for (int i = 0; i < 2; i++) {
      Model callOnly = models.model(null)::call; // its stream() is the default: the whole response, no deltas
      try (MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(Writer.class))
          .models(i == 0 ? models : name -> callOnly)
          .options(MicroagentsOptions.builder().streams(new InJvmStreamTransport()).build())
          .address(temporal).taskQueue("streaming-bench-history-" + i + "-" + ProcessHandle.current().pid()).build()) {
        String id = env.client().start(Writer.class, "go");
        env.client().summary(id);
        sizes[i] = env.workflowClient().fetchHistory(id).getHistory().getSerializedSize();
      }
    }
    System.out.printf("%nHistory of one run: streamed %,d bytes, not streamed %,d bytes%n", sizes[0], sizes[1]);
  }

  private void print(List<Row> rows) {
    System.out.printf("%nStreaming: %d words, the fake server pausing %d ms between chunks, %d rounds, %s%n%n", words, chunkMs,
        rounds, temporal == null ? "embedded Temporal" : "Temporal at " + temporal);
    System.out.println("| path | time to first token from start, ms (median / p99) | first token added by the path, ms (median / p99) | each token added, ms (median / p99) |");
    System.out.println("|---|---:|---:|---:|");
    for (Row r : rows) {
      System.out.printf("| %s | %s | %s | %s |%n", r.name, r.ttft, r.firstAdded == null ? "—" : r.firstAdded,
          r.tokenAdded == null ? "—" : r.tokenAdded);
    }
  }

  private record Row(String name, Stats ttft, Stats firstAdded, Stats tokenAdded) {}

  /** Median and 99th percentile of a sample, in ms. */
  record Stats(double median, double p99) {
    static Stats of(List<Double> sample) {
      List<Double> sorted = new ArrayList<>(sample);
      sorted.sort(Double::compare);
      return new Stats(sorted.get(sorted.size() / 2), sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
    }

    @Override
    public String toString() {
      return String.format("%.2f / %.2f", median, p99);
    }
  }
}
