package io.microagents.s3;

import static io.microagents.s3.Payloads.RETRIEVE_CONTEXT;
import static io.microagents.s3.Payloads.STORE_CONTEXT;
import static io.microagents.s3.Payloads.assertNoSecrets;
import static io.microagents.s3.Payloads.await;
import static io.microagents.s3.Payloads.binary;
import static io.microagents.s3.Payloads.failure;
import static io.microagents.s3.Payloads.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.payload.storage.StorageDriverClaim;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The store against a real S3-compatible server (versitygw; see {@link S3ServerExtension}). */
@ExtendWith(S3ServerExtension.class)
class S3PayloadStoreTest {

  private S3Server server;
  private String prefix;
  private S3PayloadStore store;

  @BeforeEach
  void newStore(S3Server server) {
    this.server = server;
    prefix = "test-" + UUID.randomUUID() + "/";   // each test sees only its own objects
    store = server.store(prefix).build();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void roundTripsASmallAndA3MbPayload() throws Exception {
    Payload small = json("{\"answer\":42}");
    Payload large = binary(3 * 1024 * 1024, 7);

    List<StorageDriverClaim> claims = await(store.store(STORE_CONTEXT, List.of(small, large)));
    List<Payload> back = await(store.retrieve(RETRIEVE_CONTEXT, claims));

    assertThat(back).containsExactly(small, large);
    assertThat(claims.get(1).getClaimData())
        .containsEntry("bucket", server.bucket())
        .containsEntry("key", store.keyOf(large));
    assertThat(store.keyOf(large)).startsWith(prefix).matches(".*/[0-9a-f]{64}");
  }

  @Test
  void samePayloadStoredTwiceIsOneObjectWithOneClaim() throws Exception {
    Payload payload = json("{\"same\":true}");

    List<StorageDriverClaim> first = await(store.store(STORE_CONTEXT, List.of(payload, payload)));
    List<StorageDriverClaim> again = await(store.store(STORE_CONTEXT, List.of(payload)));

    assertThat(first.get(1)).isEqualTo(first.get(0));
    assertThat(again.get(0)).isEqualTo(first.get(0));
    try (S3Client s3 = server.client()) {
      assertThat(s3.listObjectsV2(b -> b.bucket(server.bucket()).prefix(prefix)).contents())
          .singleElement().satisfies(o -> assertThat(o.key()).isEqualTo(store.keyOf(payload)));
    }
  }

  @Test
  void retrievingAMissingKeyFailsNamingTheKey() {
    String key = store.keyOf(json("{\"never\":\"stored\"}"));
    StorageDriverClaim claim = new StorageDriverClaim(Map.of("bucket", server.bucket(), "key", key));

    Throwable error = failure(store.retrieve(RETRIEVE_CONTEXT, List.of(claim)));

    assertThat(error).isInstanceOf(S3PayloadStoreException.class)
        .hasMessageContaining("GetObject")
        .hasMessageContaining("s3://" + server.bucket() + "/" + key)
        .hasMessageContaining(server.endpoint().toString())
        .hasMessageContaining("NoSuchKey");
  }

  @Test
  void aTamperedObjectFailsTheHashCheck() throws Exception {
    Payload original = json("{\"amount\":100}");
    StorageDriverClaim claim = await(store.store(STORE_CONTEXT, List.of(original))).get(0);
    String key = claim.getClaimData().get("key");
    try (S3Client s3 = server.client()) {   // swap the object behind the store's back
      s3.putObject(b -> b.bucket(server.bucket()).key(key),
          RequestBody.fromBytes(json("{\"amount\":999}").toByteArray()));
    }

    Throwable error = failure(store.retrieve(RETRIEVE_CONTEXT, List.of(claim)));

    assertThat(error).isInstanceOf(S3PayloadStoreException.class)
        .hasMessageContaining("SHA-256 mismatch")
        .hasMessageContaining(key);
  }

  @Test
  void wrongKeyIdIsRefusedWithoutShowingCredentials() {
    String keyId = "AKIAWRONGKEYID000001";
    String secret = "wrong-secret-" + UUID.randomUUID();
    Throwable error = putWith(keyId, secret);

    // AWS answers 403 InvalidAccessKeyId; versitygw 1.8 (single account) 404 XAdminUserNotFound.
    assertThat(error).isInstanceOf(S3PayloadStoreException.class)
        .hasMessageContaining("PutObject").hasMessageContaining(server.endpoint().toString())
        .message().containsAnyOf("InvalidAccessKeyId", "AccessDenied", "XAdminUserNotFound");
    assertNoSecrets(error, keyId, secret, server.secretKey());
  }

  @Test
  void wrongSecretIsRefusedWithoutShowingCredentials() {
    String secret = "wrong-secret-" + UUID.randomUUID();
    Throwable error = putWith(server.accessKey(), secret);

    assertThat(error).isInstanceOf(S3PayloadStoreException.class)
        .hasMessageContaining("HTTP 403")
        .message().containsAnyOf("SignatureDoesNotMatch", "AccessDenied");
    assertNoSecrets(error, server.accessKey(), secret, server.secretKey());
  }

  @Test
  void claimsAndToStringHoldNoCredentials() throws Exception {
    StorageDriverClaim claim = await(store.store(STORE_CONTEXT, List.of(json("{}")))).get(0);

    assertThat(claim.getClaimData()).containsOnlyKeys("bucket", "key");
    assertThat(claim.getClaimData().values().toString())
        .doesNotContain(server.accessKey()).doesNotContain(server.secretKey());
    assertThat(store.toString())
        .contains(server.bucket(), prefix, server.endpoint().toString())
        .doesNotContain(server.accessKey()).doesNotContain(server.secretKey());
  }

  @Test
  void workflowClientOptionsCarryTheStoreAsExternalStorage() throws Exception {
    ExternalStorage storage = store.externalStorage(64 * 1024);
    WorkflowClientOptions options =
        WorkflowClientOptions.newBuilder().setExternalStorage(storage).build();

    ExternalStorage configured = options.getExternalStorage();
    assertThat(configured.getPayloadSizeThreshold()).isEqualTo(64 * 1024);
    StorageDriver driver = configured.getDrivers().get(0);
    assertThat(driver.getName()).isEqualTo("microagents-s3");
    assertThat(driver.getType()).isEqualTo("s3");
    Payload big = binary(100 * 1024, 11);   // above the threshold: this is what the SDK offloads
    List<StorageDriverClaim> claims = await(driver.store(STORE_CONTEXT, List.of(big)));
    assertThat(await(driver.retrieve(RETRIEVE_CONTEXT, claims))).containsExactly(big);
  }

  private Throwable putWith(String keyId, String secret) {
    try (S3PayloadStore wrong = S3PayloadStore.builder().bucket(server.bucket())
        .endpoint(server.endpoint()).keyPrefix(prefix)
        .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
        .build()) {
      return failure(wrong.store(STORE_CONTEXT, List.of(json("{\"x\":1}"))));
    }
  }
}
