/**
 * Payload stores for Temporal's External Storage (the claim check): a payload over a size
 * threshold goes to a store and the workflow history keeps a small reference, so a run can
 * carry a 3 MB tool output or a long conversation under the server's 2 MB payload limit.
 * {@link io.microagents.temporal.storage.FilePayloadStore} needs nothing installed (one
 * machine, or a shared file system); the {@code orchestration-s3} module has a store for
 * clusters. Stores are content-addressed: a payload stored twice is one object.
 */
package io.microagents.temporal.storage;
