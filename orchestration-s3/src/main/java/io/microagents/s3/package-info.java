/**
 * Temporal External Storage (claim check) on S3: {@link io.microagents.s3.S3PayloadStore}
 * keeps payloads above a size threshold in an S3 bucket or an S3-compatible server, so
 * workflow history carries a small reference and long agent conversations stay within
 * Temporal's payload and history limits. Objects are content-addressed by SHA-256 and checked
 * on every read. Depends on the Temporal SDK and the AWS SDK only, not on the rest of
 * Microagents, so any Temporal Java application can use it.
 */
package io.microagents.s3;
