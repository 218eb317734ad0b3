package io.microagents.examples;

import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Which Temporal service examples run on: the embedded in-process server (the default), or
 * a cluster at {@code host:port} in a namespace; and where large payloads go.
 *
 * @param address {@code host:port}, or {@code null} for the embedded server
 * @param namespace the namespace on that cluster
 * @param payloads the directory of the payload store every process of a cluster shares, or
 *     {@code null} for {@link #SHARED_PAYLOADS} (a temporary one when embedded)
 * @param javaTestServer whether the cluster is a standalone Java test server, whose workers
 *     must not use sticky execution (it loses a killed worker's sticky queue)
 */
public record TemporalTarget(String address, String namespace, Path payloads, boolean javaTestServer) {

  /** The embedded in-process server. */
  public static final TemporalTarget EMBEDDED = new TemporalTarget(null, "default");

  /** The payload store of processes on one machine that were given no other. */
  public static final Path SHARED_PAYLOADS = Path.of(System.getProperty("java.io.tmpdir"), "microagents-payloads");

  public TemporalTarget {
    namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
  }

  /** A target with the default payload store, not a Java test server. */
  public TemporalTarget(String address, String namespace) {
    this(address, namespace, null, false);
  }

  /** Whether this is the embedded server. */
  public boolean embedded() {
    return address == null;
  }

  /** The payload store: {@code null} for the embedded server's own, else a file store all processes share. */
  public StorageDriver payloadStore() {
    if (embedded() && payloads == null) {
      return null;
    }
    return new FilePayloadStore(payloads != null ? payloads : SHARED_PAYLOADS);
  }

  /** Options of this target's workers. */
  public WorkerOptions workerOptions() {
    return javaTestServer
        ? WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build()
        : WorkerOptions.getDefaultInstance();
  }
}
