package io.microagents.s3;

import com.google.protobuf.InvalidProtocolBufferException;
import io.microagents.temporal.storage.ContentKeys;
import io.temporal.api.common.v1.Payload;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.payload.storage.StorageDriverClaim;
import io.temporal.payload.storage.StorageDriverRetrieveContext;
import io.temporal.payload.storage.StorageDriverStoreContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * A Temporal External Storage driver (claim check) that keeps large payloads in an S3 bucket
 * or any S3-compatible server, so workflow history holds a small reference instead of the
 * payload. Agent conversations grow with every turn; without this, Temporal's payload and
 * history size limits end long runs.
 *
 * <pre>{@code
 * S3PayloadStore store = S3PayloadStore.builder().bucket("my-bucket").build();
 * WorkflowClientOptions options = WorkflowClientOptions.newBuilder()
 *     .setExternalStorage(store.externalStorage(256 * 1024)).build();
 * }</pre>
 *
 * <p><b>Content-addressed.</b> An object's key is the key prefix plus the lowercase hex
 * SHA-256 of the serialized {@link Payload}: the same payload stored twice is one object and
 * a put is idempotent, so retried activities and replays never pile up copies. A retrieved
 * object is checked against its key: a changed or swapped object is an error, never a wrong
 * payload. The claim holds only {@code bucket} and {@code key}, never credentials.
 *
 * <p><b>Threads.</b> S3 calls run on a small pool owned by the store (default
 * {@value S3PayloadStoreBuilder#DEFAULT_CONCURRENCY} daemon threads); {@link #store} and
 * {@link #retrieve} return at once with a future, so the calling thread is not held by I/O.
 * Failures complete the future with an {@link S3PayloadStoreException} naming the operation,
 * object, endpoint and cause.
 *
 * <p>Immutable and thread-safe; {@link #close()} releases the pool and the client it built.
 */
public final class S3PayloadStore implements StorageDriver, AutoCloseable {

  /** The driver's type, as Temporal reports it. */
  public static final String TYPE = "s3";
  /** Claim data: the bucket holding the payload. */
  public static final String CLAIM_BUCKET = "bucket";
  /** Claim data: the payload's object key. */
  public static final String CLAIM_KEY = "key";

  private final String name;
  private final String bucket;
  private final String keyPrefix;
  private final String where;
  private final S3Client s3;
  private final boolean ownsClient;
  private final ExecutorService executor;

  S3PayloadStore(String name, String bucket, String keyPrefix, String where, S3Client s3,
      boolean ownsClient, ExecutorService executor) {
    this.name = name;
    this.bucket = bucket;
    this.keyPrefix = keyPrefix;
    this.where = where;
    this.s3 = s3;
    this.ownsClient = ownsClient;
    this.executor = executor;
  }

  /** A builder; {@link S3PayloadStoreBuilder#bucket} is required. */
  public static S3PayloadStoreBuilder builder() {
    return new S3PayloadStoreBuilder();
  }

  /**
   * Temporal's External Storage with this store as its only driver: payloads of at least
   * {@code thresholdBytes} go to S3. For {@code WorkflowClientOptions.setExternalStorage}.
   */
  public ExternalStorage externalStorage(int thresholdBytes) {
    if (thresholdBytes < 0) {
      throw new IllegalArgumentException("thresholdBytes must not be negative: " + thresholdBytes);
    }
    return ExternalStorage.newBuilder().setDriver(this).setPayloadSizeThreshold(thresholdBytes)
        .build();
  }

  /** As {@link #externalStorage(int)} with the SDK's default threshold (256 KiB in 1.39). */
  public ExternalStorage externalStorage() {
    return ExternalStorage.newBuilder().setDriver(this).build();
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  /** The bucket new payloads go to. */
  public String bucket() {
    return bucket;
  }

  /** The prefix of every new object key. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The key a payload is stored under: the prefix plus the SHA-256 of its bytes. */
  public String keyOf(Payload payload) {
    return keyPrefix + ContentKeys.of(payload.toByteArray());
  }

  @Override
  public CompletableFuture<List<StorageDriverClaim>> store(
      StorageDriverStoreContext context, List<Payload> payloads) {
    List<CompletableFuture<StorageDriverClaim>> puts = new ArrayList<>(payloads.size());
    for (Payload payload : payloads) {
      puts.add(async(() -> put(payload)));
    }
    return all(puts);
  }

  @Override
  public CompletableFuture<List<Payload>> retrieve(
      StorageDriverRetrieveContext context, List<StorageDriverClaim> claims) {
    List<CompletableFuture<Payload>> gets = new ArrayList<>(claims.size());
    for (StorageDriverClaim claim : claims) {
      gets.add(async(() -> get(claim)));
    }
    return all(gets);
  }

  private StorageDriverClaim put(Payload payload) {
    byte[] bytes = payload.toByteArray();
    byte[] digest = ContentKeys.sha256(bytes);
    String key = keyPrefix + HexFormat.of().formatHex(digest);
    try {
      // The checksum header lets the server reject a body damaged on the way.
      s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key)
          .contentType("application/x-protobuf")
          .checksumSHA256(Base64.getEncoder().encodeToString(digest)).build(),
          RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw S3Errors.failed("PutObject", bucket, key, where, e);
    }
    return new StorageDriverClaim(Map.of(CLAIM_BUCKET, bucket, CLAIM_KEY, key));
  }

  private Payload get(StorageDriverClaim claim) {
    Map<String, String> data = claim.getClaimData();
    String claimBucket = data == null ? null : data.get(CLAIM_BUCKET);
    String key = data == null ? null : data.get(CLAIM_KEY);
    if (claimBucket == null || key == null) {
      throw new S3PayloadStoreException("GetObject at " + where + ": the claim has no "
          + CLAIM_BUCKET + " or " + CLAIM_KEY + " (its entries: "
          + (data == null ? "none" : data.keySet()) + "); it was not made by an S3PayloadStore",
          null);
    }
    String expected = ContentKeys.addressIn(key);
    if (expected == null) {
      throw new S3PayloadStoreException("GetObject s3://" + claimBucket + "/" + key + " at "
          + where + ": the key does not end in a SHA-256, so the content cannot be checked", null);
    }
    byte[] bytes;
    try {
      bytes = s3.getObjectAsBytes(GetObjectRequest.builder().bucket(claimBucket).key(key).build())
          .asByteArray();
    } catch (SdkException e) {
      throw S3Errors.failed("GetObject", claimBucket, key, where, e);
    }
    String actual = ContentKeys.of(bytes);
    if (!actual.equals(expected)) {
      throw new S3PayloadStoreException("GetObject s3://" + claimBucket + "/" + key + " at "
          + where + ": SHA-256 mismatch, the object's " + bytes.length + " bytes hash to "
          + actual + ": it was changed or replaced after it was stored", null);
    }
    try {
      return Payload.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new S3PayloadStoreException("GetObject s3://" + claimBucket + "/" + key + " at "
          + where + ": the object is not a serialized Temporal Payload", e);
    }
  }

  private <T> CompletableFuture<T> async(Supplier<T> call) {
    try {
      return CompletableFuture.supplyAsync(call, executor);
    } catch (RuntimeException rejected) {   // the pool is shut down: the store was closed
      return CompletableFuture.failedFuture(new S3PayloadStoreException(
          "S3PayloadStore " + name + " is closed", rejected));
    }
  }

  /** All results in order; a failed call fails the whole (its S3PayloadStoreException as cause). */
  private static <T> CompletableFuture<List<T>> all(List<CompletableFuture<T>> futures) {
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(v -> {
      List<T> results = new ArrayList<>(futures.size());
      for (CompletableFuture<T> f : futures) {
        results.add(f.join());
      }
      return results;
    });
  }

  /** Stops the store's threads and closes the S3 client it built (not one that was given). */
  @Override
  public void close() {
    executor.shutdown();
    if (ownsClient) {
      s3.close();
    }
  }

  /** Bucket, key prefix and endpoint; never credentials. */
  @Override
  public String toString() {
    return "S3PayloadStore{name=" + name + ", bucket=" + bucket + ", keyPrefix=" + keyPrefix
        + ", endpoint=" + where + "}";
  }

  /** The endpoint description used in messages; for the builder and tests. */
  String where() {
    return where;
  }
}
