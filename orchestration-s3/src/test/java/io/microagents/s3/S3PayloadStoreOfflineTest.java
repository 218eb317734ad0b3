package io.microagents.s3;

import static io.microagents.s3.Payloads.RETRIEVE_CONTEXT;
import static io.microagents.s3.Payloads.STORE_CONTEXT;
import static io.microagents.s3.Payloads.assertNoSecrets;
import static io.microagents.s3.Payloads.failure;
import static io.microagents.s3.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowClientOptions;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriverClaim;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** What needs no S3 server: building, describing, and failing when the server is down. */
class S3PayloadStoreOfflineTest {

  private static final String KEY_ID = "AKIAOFFLINETEST00001";
  private static final String SECRET = "offline-test-secret-do-not-print";
  private static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET));

  @Test
  void aServerThatIsDownGivesAnErrorNamingTheEndpoint() {
    String endpoint = "http://127.0.0.1:" + S3ServerExtension.freePort();   // nothing listens
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("b").endpoint(endpoint)
        .credentials(CREDENTIALS).build()) {
      Throwable put = failure(store.store(STORE_CONTEXT, List.of(json("{}"))));
      Throwable get = failure(store.retrieve(RETRIEVE_CONTEXT, List.of(new StorageDriverClaim(
          Map.of("bucket", "b", "key", store.keyOf(json("{}")))))));

      assertThat(put).isInstanceOf(S3PayloadStoreException.class)
          .hasMessageStartingWith("PutObject s3://b/microagents/payloads/")
          .hasMessageContaining(" at " + endpoint + " failed: ")
          .hasMessageContaining("Connection refused");
      assertThat(get).hasMessageStartingWith("GetObject s3://b/").hasMessageContaining(endpoint);
      assertNoSecrets(put, KEY_ID, SECRET);
      assertNoSecrets(get, KEY_ID, SECRET);
    }
  }

  @Test
  void toStringShowsBucketPrefixAndEndpointOnly() {
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("payloads").keyPrefix("p/")
        .endpoint("http://127.0.0.1:7070").credentials(CREDENTIALS).name("s3-eu").build()) {
      assertThat(store).hasToString(
          "S3PayloadStore{name=s3-eu, bucket=payloads, keyPrefix=p/, endpoint=http://127.0.0.1:7070}");
      assertThat(store.getName()).isEqualTo("s3-eu");
      assertThat(store.getType()).isEqualTo("s3");
    }
  }

  @Test
  void defaultsToAwsS3InUsEast1() {
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("payloads")
        .credentials(CREDENTIALS).build()) {
      assertThat(store.getName()).isEqualTo("microagents-s3");
      assertThat(store.keyPrefix()).isEqualTo("microagents/payloads/");
      assertThat(store.toString()).contains("endpoint=AWS S3 (us-east-1)");
    }
  }

  @Test
  void keysAreThePrefixPlusTheSha256OfThePayload() {
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("b").keyPrefix("")
        .credentials(CREDENTIALS).build()) {
      var payload = json("{\"a\":1}");
      assertThat(store.keyOf(payload)).isEqualTo(io.microagents.temporal.storage.ContentKeys.of(payload.toByteArray()))
          .hasSize(64);
    }
  }

  @Test
  void aGivenClientIsUsedAndNotClosed() {
    S3Client client = S3Client.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS)
        .build();
    S3PayloadStore store = S3PayloadStore.builder().bucket("b").client(client).build();
    assertThat(store.toString()).contains("endpoint=AWS S3 (eu-west-1)");
    store.close();
    assertThat(client.serviceName()).isEqualTo("s3");   // still usable
    client.close();
  }

  @Test
  void rejectsIncompleteOrContradictorySettings() {
    assertThatThrownBy(() -> S3PayloadStore.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("bucket");
    assertThatThrownBy(() -> S3PayloadStore.builder().bucket(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3PayloadStore.builder().keyPrefix("/abs/"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3PayloadStore.builder().endpoint("127.0.0.1:7070"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> S3PayloadStore.builder().concurrency(0))
        .isInstanceOf(IllegalArgumentException.class);
    try (S3Client client = S3Client.builder().region(Region.US_EAST_1).build()) {
      assertThatThrownBy(() -> S3PayloadStore.builder().bucket("b").client(client)
          .endpoint("http://127.0.0.1:7070").build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
    }
  }

  @Test
  void aClaimWithoutBucketOrKeyFailsClearly() {
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("b")
        .endpoint("http://127.0.0.1:1").credentials(CREDENTIALS).build()) {
      Throwable error = failure(store.retrieve(RETRIEVE_CONTEXT,
          List.of(new StorageDriverClaim(Map.of("path", "x")))));
      assertThat(error).isInstanceOf(S3PayloadStoreException.class)
          .hasMessageContaining("no bucket or key").hasMessageContaining("[path]");
    }
  }

  @Test
  void aClosedStoreFailsItsFutures() {
    S3PayloadStore store = S3PayloadStore.builder().bucket("b")
        .endpoint("http://127.0.0.1:1").credentials(CREDENTIALS).build();
    store.close();
    assertThat(failure(store.store(STORE_CONTEXT, List.of(json("{}")))))
        .isInstanceOf(S3PayloadStoreException.class).hasMessageContaining("closed");
  }

  @Test
  void externalStorageWiresTheStoreIntoWorkflowClientOptions() {
    try (S3PayloadStore store = S3PayloadStore.builder().bucket("b")
        .endpoint("http://127.0.0.1:7070").credentials(CREDENTIALS).build()) {
      ExternalStorage storage = store.externalStorage(1024);
      WorkflowClientOptions options =
          WorkflowClientOptions.newBuilder().setExternalStorage(storage).build();

      assertThat(options.getExternalStorage().getDrivers()).containsExactly(store);
      assertThat(options.getExternalStorage().getPayloadSizeThreshold()).isEqualTo(1024);
      assertThat(store.externalStorage().getPayloadSizeThreshold()).isEqualTo(256 * 1024);
      assertThatThrownBy(() -> store.externalStorage(-1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
