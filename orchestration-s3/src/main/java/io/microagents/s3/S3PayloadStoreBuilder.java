package io.microagents.s3;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds an {@link S3PayloadStore}: where payloads go (bucket, key prefix) and how to reach
 * S3 (endpoint, region, credentials), or a ready {@link S3Client}. Only the bucket is
 * required; with nothing else set the store talks to AWS S3 in {@code us-east-1} with the AWS
 * SDK's default credentials chain (environment, profile, instance role...).
 *
 * <pre>{@code
 * // An S3-compatible server (MinIO, Versity, Ceph...): path-style addressing by default.
 * S3PayloadStore store = S3PayloadStore.builder()
 *     .bucket("payloads").endpoint("http://127.0.0.1:7070")
 *     .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(id, secret)))
 *     .build();
 * }</pre>
 */
public final class S3PayloadStoreBuilder {

  /** The driver name Temporal records, unless {@link #name} sets another. */
  public static final String DEFAULT_NAME = "microagents-s3";
  /** The prefix of every object key, unless {@link #keyPrefix} sets another. */
  public static final String DEFAULT_KEY_PREFIX = "microagents/payloads/";
  /** The region, unless {@link #region} sets another. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** How many S3 calls one store runs at once, unless {@link #concurrency} sets another. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private String name = DEFAULT_NAME;
  private String bucket;
  private String keyPrefix = DEFAULT_KEY_PREFIX;
  private URI endpoint;
  private String region;
  private AwsCredentialsProvider credentials;
  private Boolean pathStyle;
  private S3Client client;
  private int concurrency = DEFAULT_CONCURRENCY;

  S3PayloadStoreBuilder() {}

  /** The driver's name in Temporal (claims name the driver that made them). */
  public S3PayloadStoreBuilder name(String name) {
    this.name = requireText(name, "name");
    return this;
  }

  /** The bucket payloads are written to; required. It must exist. */
  public S3PayloadStoreBuilder bucket(String bucket) {
    this.bucket = requireText(bucket, "bucket");
    return this;
  }

  /** The prefix of every object key, used as given (end it with "/" for a folder); may be empty. */
  public S3PayloadStoreBuilder keyPrefix(String keyPrefix) {
    if (keyPrefix == null || keyPrefix.startsWith("/")) {
      throw new IllegalArgumentException("keyPrefix must not be null or start with '/': " + keyPrefix);
    }
    this.keyPrefix = keyPrefix;
    return this;
  }

  /** An S3-compatible server's URL, e.g. {@code http://127.0.0.1:7070}; default AWS S3. */
  public S3PayloadStoreBuilder endpoint(URI endpoint) {
    if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
      throw new IllegalArgumentException("endpoint must be an absolute http(s) URL: " + endpoint);
    }
    this.endpoint = endpoint;
    return this;
  }

  /** As {@link #endpoint(URI)}, from a string. */
  public S3PayloadStoreBuilder endpoint(String endpoint) {
    return endpoint(endpoint == null ? null : URI.create(endpoint));
  }

  /** The region to sign for; default {@value #DEFAULT_REGION}. */
  public S3PayloadStoreBuilder region(String region) {
    this.region = requireText(region, "region");
    return this;
  }

  /** Where credentials come from; default the AWS SDK's default chain. */
  public S3PayloadStoreBuilder credentials(AwsCredentialsProvider credentials) {
    this.credentials = credentials;
    return this;
  }

  /** Path-style URLs ({@code host/bucket/key}); default on when an endpoint is given. */
  public S3PayloadStoreBuilder pathStyle(boolean pathStyle) {
    this.pathStyle = pathStyle;
    return this;
  }

  /**
   * A ready client to use instead of building one; then endpoint, region, credentials and
   * path style must not be set. The store does not close a client it was given.
   */
  public S3PayloadStoreBuilder client(S3Client client) {
    this.client = client;
    return this;
  }

  /** How many S3 calls the store runs at once; default {@value #DEFAULT_CONCURRENCY}. */
  public S3PayloadStoreBuilder concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
    }
    this.concurrency = concurrency;
    return this;
  }

  /** The store; fails if no bucket was set, or a client was given together with its settings. */
  public S3PayloadStore build() {
    if (bucket == null) {
      throw new IllegalStateException("S3PayloadStore needs a bucket: builder().bucket(\"...\")");
    }
    if (client != null && (endpoint != null || region != null || credentials != null
        || pathStyle != null)) {
      throw new IllegalStateException("S3PayloadStore: set either client(...) or "
          + "endpoint/region/credentials/pathStyle, not both (configure the client instead)");
    }
    S3Client s3 = client != null ? client : newClient();
    return new S3PayloadStore(name, bucket, keyPrefix, describe(s3), s3, client == null,
        newExecutor(concurrency, name));
  }

  private S3Client newClient() {
    S3ClientBuilder b = S3Client.builder()
        .httpClientBuilder(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
        .region(Region.of(region == null ? DEFAULT_REGION : region))
        .forcePathStyle(pathStyle != null ? pathStyle : endpoint != null);
    if (credentials != null) {
      b.credentialsProvider(credentials);
    }
    if (endpoint != null) {
      // S3-compatible servers differ in support for the SDK's default streaming checksums
      // (aws-chunked trailers); the store sends its own SHA-256 and checks it on every read.
      b.endpointOverride(endpoint)
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return b.build();
  }

  private static String describe(S3Client s3) {
    var config = s3.serviceClientConfiguration();
    return config.endpointOverride().map(URI::toString)
        .orElseGet(() -> "AWS S3 (" + config.region() + ")");
  }

  private static ExecutorService newExecutor(int threads, String name) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
