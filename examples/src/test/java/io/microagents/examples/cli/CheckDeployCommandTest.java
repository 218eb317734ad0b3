package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.customerservice.AirlineContext;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.storage.FilePayloadStore;
import io.microagents.examples.ExampleAgents;
import io.microagents.examples.TemporalTarget;
import io.microagents.examples.web.WebEndpoints;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code check-deploy}: its usage errors, and a check of a real server's workflows in flight. */
class CheckDeployCommandTest {

  @Test
  void needsATemporalAddressAndAReadableDuration() {
    CliRun missing = CliRun.of("check-deploy");
    assertThat(missing.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(missing.errLines()).singleElement().asString().startsWith("Error: Missing required option: '--temporal");

    CliRun bad = CliRun.of("check-deploy", "--temporal", "127.0.0.1:7233", "--closed-since", "yesterday");
    assertThat(bad.status()).isEqualTo(ExamplesCli.USAGE);
    assertThat(bad.errLines()).singleElement().asString().contains("'yesterday' is not a duration");
  }

  @Test
  void aConversationInFlightReplaysOnThisBuild() {
    String address = System.getenv("TEMPORAL_ADDRESS");
    Assumptions.assumeTrue(address != null && !address.isBlank(),
        "SKIPPED without TEMPORAL_ADDRESS: the deploy check lists workflows through a real server's visibility");
    String queue = "check-deploy-" + UUID.randomUUID();
    try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(ExampleAgents.registry(WebEndpoints.fromEnv())).models(ExampleAgents.offlineModel())
        .options(MicroagentsOptions.DEFAULTS).address(address).taskQueue(queue)
        .payloadStore(new FilePayloadStore(TemporalTarget.SHARED_PAYLOADS)).build()) {
      AgentClient client = env.client();
      String id = client.startConversation("airline_triage", "check-deploy-" + UUID.randomUUID(),
          RunOptions.builder().context(new AirlineContext("Alex Rivera")).build());
      client.send(id, "How many bags can I bring?"); // the conversation now waits for its next message
      long listed = 0;
      for (int i = 0; i < 300 && listed == 0; i++) {
        listed = env.workflowClient().listExecutions("TaskQueue='" + queue + "'").count();
      }

      CliRun run = CliRun.of("check-deploy", "--temporal", address, "--query",
          "TaskQueue='" + queue + "' AND ExecutionStatus='Running'");

      assertThat(run.status()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("ok          " + id).contains("1 workflow run(s) checked, 0 would break");
    }
  }
}
