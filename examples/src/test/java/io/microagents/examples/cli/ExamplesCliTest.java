package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.ExampleCatalog;
import org.junit.jupiter.api.Test;

/** The CLI's contract: list, run offline, and one clear line with a non-zero status on errors. */
class ExamplesCliTest {

  @Test
  void listPrintsEachExampleWithADescription() {
    CliRun run = CliRun.of("list");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(ExampleCatalog.all().size());
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("weather").contains("National Weather Service"));
    assertThat(run.outLines()).extracting(l -> l.split(" ")[0]).containsExactly(
        "agentic-loop", "weather", "handoffs", "research", "customer-service", "durability", "mcp");
  }

  @Test
  void runWithoutAnApiKeyIsOfflineAndSaysSoFirst() {
    CliRun run = CliRun.of("run", "handoffs");

    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0))
        .isEqualTo("Offline: scripted model and recorded web data (set OPENAI_API_KEY to use a real model)");
    assertThat(run.out()).contains("handoff triage -> local_info").contains("Final output:").contains("Costco");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runWithLowLatencyPrintsTheSameStepsAndSpans() {
    CliRun run = CliRun.of("run", "handoffs", "--low-latency", "--trace");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("handoff triage -> local_info").contains("tool call get_store_hours")
        .contains("Final output:").contains("Costco");
    String trace = run.out().substring(run.out().indexOf("Final output:"));
    assertThat(trace).contains("─ turn ").contains("─ handoff triage -> local_info ").contains("─ chat ")
        .contains("─ execute_tool get_store_hours ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void runWithTracePrintsTheRunsSpansAsATreeAtTheEnd() {
    CliRun run = CliRun.of("run", "handoffs", "--trace");

    assertThat(run.status()).isZero();
    String trace = run.out().substring(run.out().indexOf("Final output:"));
    assertThat(trace).containsPattern("Trace \\(\\d+ spans\\):")
        .contains("StartWorkflow:AgentWorkflow").contains("└─ invoke_agent ").contains("─ chat ");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownExampleIsOneLineAndStatus2() {
    CliRun run = CliRun.of("run", "nope");

    assertThat(run.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(run.errLines()).singleElement().asString()
        .startsWith("Error: Unknown example 'nope'; known examples: agentic-loop, weather");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBadOptionIsOneLineAndStatus2() {
    CliRun run = CliRun.of("run", "weather", "--bogus");

    assertThat(run.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(run.errLines()).singleElement().asString().startsWith("Error: Unknown option: '--bogus'");
  }

  @Test
  void anUnreachableTemporalIsOneLineAndStatus1() {
    CliRun run = CliRun.of("run", "weather", "--temporal", "127.0.0.1:1");

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString().startsWith("Error: Cannot reach Temporal at 127.0.0.1:1");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void aMalformedTemporalAddressIsABadCommandLine() {
    for (String address : new String[] {"localhost", "localhost:port", "http://localhost:7233", "localhost:99999"}) {
      for (String command : new String[] {"run", "start", "worker", "attach", "check-deploy"}) {
        String[] args = switch (command) {
          case "run", "start" -> new String[] {command, "weather", "--temporal", address};
          case "attach" -> new String[] {command, "research-1", "--temporal", address};
          default -> new String[] {command, "--temporal", address};
        };

        CliRun run = CliRun.of(args);

        assertThat(run.status()).as(command + " " + address).isEqualTo(ExamplesCli.USAGE);
        assertThat(run.errLines()).as(command + " " + address).singleElement().asString()
            .contains("'" + address + "' is not HOST:PORT, e.g. localhost:7233");
      }
    }
  }

  @Test
  void workerStartAndAttachWithoutATemporalAddressAreABadCommandLine() {
    CliRun worker = CliRun.of("worker");
    assertThat(worker.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(worker.errLines()).singleElement().asString().startsWith("Error: worker needs --temporal HOST:PORT");

    CliRun start = CliRun.of("start", "weather");
    assertThat(start.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(start.errLines()).singleElement().asString().startsWith("Error: start needs --temporal HOST:PORT");

    CliRun attach = CliRun.of("attach", "research-1a2b3c4d");
    assertThat(attach.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(attach.errLines()).singleElement().asString().startsWith("Error: attach needs --temporal HOST:PORT");
    assertThat(start.out() + worker.out() + attach.out()).isEmpty();
  }

  @Test
  void anUnknownHostIsOneLineEvenFromGrpc() throws Exception {
    // In a process of its own: gRPC logs to the real stderr, which a captured console would not show.
    ProcessResult run = ProcessResult.ofCli("start", "weather", "--temporal", "no-such-host.invalid:7233");

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString()
        .isEqualTo("Error: Cannot reach Temporal at no-such-host.invalid:7233: unknown host 'no-such-host.invalid'");
  }
}
