package io.microagents.s3;

/**
 * A payload could not be stored in or retrieved from S3, or what came back was not the payload
 * the claim names. The message says which operation, which object ({@code s3://bucket/key}),
 * which endpoint and why (the S3 error code, or the I/O failure); it never holds credentials.
 *
 * <p>Thrown so that a failed offload or a corrupted object fails the Temporal call that needed
 * it, loudly, rather than handing a workflow a wrong or empty payload.
 */
public final class S3PayloadStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error with its explanation and the underlying failure ({@code null} if none). */
  public S3PayloadStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
