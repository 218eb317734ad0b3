package io.microagents.s3;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Turns an S3 client failure into one readable line: operation, object, endpoint and the real
 * cause (S3 error code and HTTP status, or the innermost I/O error such as "Connection
 * refused"). Built from the error code, status and message only: no request, header or
 * credential text is copied in.
 */
final class S3Errors {

  private S3Errors() {}

  static S3PayloadStoreException failed(
      String operation, String bucket, String key, String where, Throwable error) {
    return new S3PayloadStoreException(
        operation + " s3://" + bucket + "/" + key + " at " + where + " failed: " + reason(error),
        error);
  }

  static String reason(Throwable error) {
    if (error instanceof AwsServiceException service) {
      AwsErrorDetails details = service.awsErrorDetails();
      String code = details == null ? null : details.errorCode();
      String message = details == null ? null : details.errorMessage();
      StringBuilder out = new StringBuilder(code == null || code.isBlank() ? "S3 error" : code);
      out.append(" (HTTP ").append(service.statusCode()).append(')');
      if (message != null && !message.isBlank()) {
        out.append(": ").append(message);
      }
      return out.toString();
    }
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = error.getClass().getSimpleName() + ": " + error.getMessage();
    if (root != error) {
      text += " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }
    return text;
  }
}
