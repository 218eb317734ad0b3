package io.microagents.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentRegistry;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Message;
import io.microagents.items.ToolOutput;
import io.microagents.run.RunOptions;
import io.microagents.run.RunResult;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.testing.ScriptedModel;
import io.temporal.api.history.v1.HistoryEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * A durable run with a 3 MB input, a 3 MB tool output and a 3 MB model response, its large
 * payloads in S3 (a real S3-compatible server) and only references in the history — on the
 * embedded server, or on the real one at {@code TEMPORAL_ADDRESS}.
 */
@ExtendWith(S3ServerExtension.class)
class S3LargePayloadsTest {

  @Agent(name = "blobs", instructions = "Fetch the blobs you are asked for.")
  public static class BlobAgent {
    @Tool("Returns a blob of the given size in kilobytes")
    public String blob(@Param(name = "kb") int kb) {
      return "b".repeat(kb * 1000);
    }
  }

  @Test
  void threeMegabytePayloadsGoThroughS3(S3Server server) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String input = "i".repeat(3_000_000);
    String reply = "r".repeat(3_000_000);
    ScriptedModel model = new ScriptedModel().thenToolCall("blob", "{\"kb\":3000}").thenMessage(reply);
    String prefix = "e2e-" + run + "/";
    try (S3PayloadStore store = server.store(prefix).build();
        MicroagentsEnvironment env = MicroagentsEnvironment.builder().registry(AgentRegistry.of(BlobAgent.class))
            .models(model).address(System.getenv("TEMPORAL_ADDRESS")).taskQueue("s3-" + run)
            .payloadStore(store).build()) {
      AgentClient client = env.client();

      String id = client.start("blobs", List.of(Message.user(input)), RunOptions.DEFAULTS, "s3-blobs-" + run);
      RunResult result = client.result(id);

      assertThat(result.finalOutputText()).isEqualTo(reply);
      assertThat(result.input()).containsExactly(Message.user(input));
      assertThat(((ToolOutput) result.newItems().get(1)).output()).hasSize(3_000_000);
      List<HistoryEvent> events = client.history(id).getEvents();
      assertThat(events).allSatisfy(e -> assertThat(e.getSerializedSize()).isLessThan(300_000));
      String history = events.toString();
      assertThat(history).doesNotContain(server.accessKey()).doesNotContain(server.secretKey());
      try (S3Client s3 = server.client()) {
        int objects = s3.listObjectsV2(ListObjectsV2Request.builder().bucket(server.bucket()).prefix(prefix).build())
            .keyCount();
        assertThat(objects).as("payloads in the bucket: input, tool output, model inputs and response, result")
            .isGreaterThanOrEqualTo(4);
      }
    }
  }
}
