package io.microagents.s3;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A running S3-compatible server for the tests: its endpoint, root keys and a bucket that
 * exists. The default keys match scripts/s3-server.sh (test-only values).
 */
record S3Server(URI endpoint, String accessKey, String secretKey, String bucket) {

  static final String DEFAULT_ACCESS_KEY = "microagents-test";
  static final String DEFAULT_SECRET_KEY = "microagents-test-secret";
  static final String DEFAULT_BUCKET = "microagents";

  StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
  }

  /** A store on this server's bucket with its own key prefix. */
  S3PayloadStoreBuilder store(String keyPrefix) {
    return S3PayloadStore.builder().bucket(bucket).keyPrefix(keyPrefix).endpoint(endpoint)
        .credentials(credentials());
  }

  /** A plain client, for looking at and tampering with objects behind the store's back. */
  S3Client client() {
    return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .forcePathStyle(true).credentialsProvider(credentials()).build();
  }

  /** Bucket and endpoint only: the keys stay out of test reports. */
  @Override
  public String toString() {
    return "S3Server{" + endpoint + ", bucket=" + bucket + "}";
  }
}
