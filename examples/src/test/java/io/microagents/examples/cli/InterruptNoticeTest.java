package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What Ctrl-C during a run says: how to pick the run up again, or that it ends with the process. */
class InterruptNoticeTest {

  private static ServiceOptions options(String... args) {
    ServiceOptions options = new ServiceOptions();
    new CommandLine(options).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    return options;
  }

  @Test
  void onAClusterItGivesTheAttachCommandWithTheSameWorkerSettings() {
    ServiceOptions service = options("--temporal", "localhost:7233", "--namespace", "demo", "--offline");
    Mode mode = Mode.of(service, Map.of("OPENAI_API_KEY", "sk-test"));

    assertThat(InterruptNotice.text("research-1a2b3c4d", service, mode, "microagents-offline", false)).isEqualTo(
        "Interrupted: workflow research-1a2b3c4d goes on without this process on localhost:7233. To follow it "
            + "(and answer its questions) again: examples/run attach research-1a2b3c4d --temporal localhost:7233 "
            + "--namespace demo --task-queue microagents-offline --offline");
  }

  @Test
  void aClientOnlyStartIsResumedByAClientOnlyAttach() {
    ServiceOptions service = options("--temporal", "localhost:7233", "--model", "gpt-4.1-mini");
    Mode mode = Mode.of(service, Map.of("OPENAI_API_KEY", "sk-test"));

    assertThat(InterruptNotice.text("research-1a2b3c4d", service, mode, "microagents-online", true))
        .endsWith("examples/run attach research-1a2b3c4d --temporal localhost:7233 --task-queue microagents-online "
            + "--client-only");
  }

  @Test
  void onTheEmbeddedServerItSaysTheRunEndsWithTheProcess() {
    ServiceOptions service = options();

    assertThat(InterruptNotice.text("weather-1a2b3c4d", service, Mode.of(service, Map.of()), "microagents-offline", false))
        .startsWith("Interrupted: workflow weather-1a2b3c4d ran on the embedded server, which ends with this process.");
  }
}
