package io.microagents.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.ByteString;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.storage.StorageDriverRetrieveContext;
import io.temporal.payload.storage.StorageDriverStoreContext;
import io.temporal.payload.storage.StorageDriverWorkflowInfo;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Test payloads, driver contexts and failure helpers. */
final class Payloads {

  static final StorageDriverStoreContext STORE_CONTEXT =
      () -> new StorageDriverWorkflowInfo("default", "wf-1", "run-1", "AgentWorkflow");
  static final StorageDriverRetrieveContext RETRIEVE_CONTEXT = new StorageDriverRetrieveContext() {};

  private Payloads() {}

  static Payload json(String json) {
    return Payload.newBuilder().putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
        .setData(ByteString.copyFromUtf8(json)).build();
  }

  static Payload binary(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Payload.newBuilder().putMetadata("encoding", ByteString.copyFromUtf8("binary/plain"))
        .setData(ByteString.copyFrom(bytes)).build();
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(60, TimeUnit.SECONDS);
  }

  /** The exception a future failed with (unwrapped from ExecutionException). */
  static Throwable failure(CompletableFuture<?> future) {
    Throwable thrown = catchThrowable(() -> future.get(60, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    return thrown.getCause();
  }

  /** No message or toString in the whole cause chain (and suppressed) holds any secret. */
  static void assertNoSecrets(Throwable error, String... secrets) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (String secret : secrets) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
        assertThat(t.toString()).doesNotContain(secret);
      }
      for (Throwable s : t.getSuppressed()) {
        assertNoSecrets(s, secrets);
      }
    }
  }
}
