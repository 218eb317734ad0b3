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
        "agentic-loop", "weather", "handoffs", "research", "customer-service", "durability");
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
  void aMalformedTemporalAddressIsOneLine() {
    CliRun run = CliRun.of("run", "weather", "--temporal", "localhost");

    assertThat(run.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(run.errLines()).singleElement().asString().contains("--temporal must be host:port");
  }

  @Test
  void workerAndStartNeedATemporalAddress() {
    assertThat(CliRun.of("worker").errLines()).singleElement().asString().startsWith("Error: worker needs --temporal");
    CliRun start = CliRun.of("start", "weather");
    assertThat(start.status()).isEqualTo(ExamplesCli.FAILED);
    assertThat(start.errLines()).singleElement().asString().startsWith("Error: start needs --temporal");
  }
}
