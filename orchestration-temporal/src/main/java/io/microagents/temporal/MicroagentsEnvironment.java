package io.microagents.temporal;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.stream.InJvmStreamTransport;
import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A Temporal server, a worker and a client in one object. With no address: an in-process
 * Temporal test server (real time, nothing to install). With an address: a real cluster
 * (namespace; TLS, mTLS client certificates or an API key for Temporal Cloud). Close it to
 * stop the worker (and the in-process server).
 *
 * <p>Payloads over 256 KiB go to a payload store (Temporal's External Storage), so a run may
 * carry large tool outputs and long conversations: in the embedded mode a
 * {@link FilePayloadStore} in a temporary directory by default; against a cluster the store
 * you give ({@link Builder#payloadStore}), shared by every worker and client — without one,
 * payloads over the server's 2 MB limit fail with a message naming the fix.
 *
 * <pre>{@code
 * try (MicroagentsEnvironment env = MicroagentsEnvironment.builder()
 *     .registry(AgentRegistry.of(HaikuAgent.class)).models(models).build()) {
 *   RunResult r = env.client().run(HaikuAgent.class, "Write about rain");
 * }
 * }</pre>
 */
public final class MicroagentsEnvironment implements AutoCloseable {

  /** The task queue used when none is given. */
  public static final String DEFAULT_TASK_QUEUE = "microagents";

  /** Payloads larger than this go to the payload store: 256 KiB. */
  public static final int DEFAULT_PAYLOAD_THRESHOLD = 256 * 1024;

  private final TestWorkflowEnvironment embedded;
  private final WorkflowServiceStubs service;
  private final WorkerFactory factory;
  private final WorkflowClient workflowClient;
  private final Worker worker;
  private final AgentClient client;
  private final Path temporaryStore;

  private MicroagentsEnvironment(Builder b) {
    Objects.requireNonNull(b.registry, "registry");
    Objects.requireNonNull(b.models, "models");
    boolean embeddedMode = b.address == null || b.address.isBlank();
    StorageDriver store = b.store;
    temporaryStore = store == null && embeddedMode ? temporaryDirectory() : null;
    if (temporaryStore != null) {
      store = new FilePayloadStore(temporaryStore);
    }
    WorkflowClientOptions.Builder clientOptions = WorkflowClientOptions.newBuilder().setNamespace(b.namespace)
        .setDataConverter(CanonicalDataConverter.get());
    if (store != null) {
      clientOptions.setExternalStorage(ExternalStorage.newBuilder().setDriver(store)
          .setPayloadSizeThreshold(b.threshold).build());
    }
    clientOptions = b.clientOptions.apply(clientOptions);
    if (embeddedMode) {
      embedded = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder().setUseTimeskipping(false)
          .setWorkflowClientOptions(clientOptions.build()).setWorkerFactoryOptions(b.factoryOptions).build());
      service = null;
      factory = null;
      workflowClient = embedded.getWorkflowClient();
      worker = embedded.newWorker(b.taskQueue, b.workerOptions());
    } else {
      embedded = null;
      service = ClusterStubs.connect(b.address, b.apiKey, b.tls, b.clientCert, b.clientKey);
      workflowClient = WorkflowClient.newInstance(service, clientOptions.build());
      factory = WorkerFactory.newInstance(workflowClient, b.factoryOptions);
      worker = factory.newWorker(b.taskQueue, b.workerOptions());
    }
    MicroagentsOptions options = b.options.withExternalStorage(workflowClient.getOptions().getExternalStorage() != null);
    if (options.streams() == null && embeddedMode && b.streaming) { // worker and clients in this process: stream in memory
      options = options.toBuilder().streams(new InJvmStreamTransport()).build();
    }
    MicroagentsWorker.register(worker, b.registry, b.models, options);
    if (b.startWorker) {
      if (embedded != null) {
        embedded.start();
      } else {
        factory.start();
      }
    }
    client = new AgentClient(workflowClient, b.taskQueue, b.registry, options.streams());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The agent client. */
  public AgentClient client() { return client; }

  /** The Temporal client. */
  public WorkflowClient workflowClient() { return workflowClient; }

  /** The worker: register more workflows on it before {@link #start()} when built with {@code startWorker(false)}. */
  public Worker worker() { return worker; }

  /** Starts the worker, when built with {@code startWorker(false)}. */
  public void start() {
    if (embedded != null) {
      embedded.start();
    } else {
      factory.start();
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    } else {
      factory.shutdown();
      factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      service.shutdown();
    }
    if (temporaryStore != null) {
      deleteQuietly(temporaryStore);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("microagents-payloads-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory for the payload store: " + e, e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory: the system cleans it up eventually
    }
  }

  /** Builds a {@link MicroagentsEnvironment}. */
  public static final class Builder {
    private AgentRegistry registry;
    private ModelProvider models;
    private MicroagentsOptions options = MicroagentsOptions.DEFAULTS;
    private String address;
    private String namespace = "default";
    private String taskQueue = DEFAULT_TASK_QUEUE;
    private String apiKey;
    private boolean tls;
    private Path clientCert;
    private Path clientKey;
    private boolean startWorker = true;
    private StorageDriver store;
    private int threshold = DEFAULT_PAYLOAD_THRESHOLD;
    private WorkerOptions workerOptions = WorkerOptions.getDefaultInstance();
    private WorkerDeployment deployment;
    private UnaryOperator<WorkflowClientOptions.Builder> clientOptions = UnaryOperator.identity();
    private WorkerFactoryOptions factoryOptions = WorkerFactoryOptions.getDefaultInstance();
    private Duration deadlockDetectionTimeout;
    private boolean streaming = true;

    private Builder() {}

    /**
     * The payload store of External Storage: payloads over {@link #payloadThreshold} go there
     * and history keeps a reference. Every worker and client of the cluster needs the same
     * store (a {@code FilePayloadStore} on a shared directory, or an S3 store). Default: a
     * {@link FilePayloadStore} in a temporary directory in the embedded mode, none otherwise.
     */
    public Builder payloadStore(StorageDriver v) { this.store = v; return this; }

    /** Payloads larger than this many bytes go to the payload store; default 256 KiB. */
    public Builder payloadThreshold(int v) { this.threshold = v; return this; }

    /**
     * The worker's options (its deadlock detection timeout, pollers, …). Sticky execution stays on by default (a warm worker does not
     * replay the history for every task); only workers of the standalone Java test server,
     * which loses a crashed worker's sticky queue, need
     * {@code setStickyQueueScheduleToStartTimeout(Duration.ZERO)}.
     */
    public Builder workerOptions(WorkerOptions v) { this.workerOptions = v; return this; }

    /**
     * Puts the worker in a Temporal Worker Deployment (deployment name, build id, pinned or
     * auto-upgrade runs); make the build current with {@link WorkerDeployment#makeCurrent}.
     */
    public Builder deployment(WorkerDeployment v) { this.deployment = v; return this; }

    /**
     * Changes the workflow client's options after ours are set (namespace, the canonical data
     * converter, the payload store): interceptors, identity, context propagators. Replacing the
     * data converter loses canonical JSON; wrap {@link CanonicalDataConverter} instead.
     */
    public Builder clientOptions(UnaryOperator<WorkflowClientOptions.Builder> v) {
      this.clientOptions = Objects.requireNonNull(v, "clientOptions");
      return this;
    }

    /**
     * The worker factory's options: its worker interceptors (tracing, metrics — several go into
     * one {@code setWorkerInterceptors(a, b)}), workflow cache size. Default: Temporal's.
     */
    public Builder workerFactoryOptions(WorkerFactoryOptions v) {
      this.factoryOptions = Objects.requireNonNull(v, "workerFactoryOptions");
      return this;
    }

    /**
     * How long workflow code may run without yielding before Temporal reports a possible
     * deadlock (default 1 s); raise it when debugging workflow code with breakpoints.
     */
    public Builder deadlockDetectionTimeout(Duration v) {
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("deadlockDetectionTimeout must be positive, got " + v);
      }
      this.deadlockDetectionTimeout = v;
      return this;
    }

    private WorkerOptions workerOptions() {
      WorkerOptions o = workerOptions;
      if (deadlockDetectionTimeout != null) {
        o = WorkerOptions.newBuilder(o).setDefaultDeadlockDetectionTimeout(deadlockDetectionTimeout.toMillis()).build();
      }
      return deployment == null ? o : deployment.apply(o);
    }

    /** The agents. Required. */
    public Builder registry(AgentRegistry v) { this.registry = v; return this; }
    /** The models. Required. */
    public Builder models(ModelProvider v) { this.models = v; return this; }
    /** Timeouts, retries, task queues. */
    public Builder options(MicroagentsOptions v) { this.options = v; return this; }
    /** {@code host:port} of a Temporal cluster; {@code null} or empty for the in-process server. */
    public Builder address(String v) { this.address = v; return this; }
    /** The namespace; {@code default} unless given. */
    public Builder namespace(String v) { this.namespace = v; return this; }
    /** The task queue of the worker and of the runs the client starts. */
    public Builder taskQueue(String v) { this.taskQueue = v; return this; }
    /** An API key (Temporal Cloud); turns TLS on. Never logged or stored in history. */
    public Builder apiKey(String v) { this.apiKey = v; return this; }
    /** TLS with the system's trust store. */
    public Builder tls(boolean v) { this.tls = v; return this; }
    /** mTLS with a client certificate and its PKCS#8 key (PEM files). */
    public Builder clientCertificate(Path cert, Path key) { this.clientCert = cert; this.clientKey = key; return this; }
    /**
     * Whether model calls stream in the embedded mode (default), through an in-JVM transport
     * read by {@code client().events}; off, they are plain calls. On a cluster, streaming needs
     * a transport shared by workers and clients: {@code MicroagentsOptions.streams}.
     */
    public Builder streaming(boolean v) { this.streaming = v; return this; }
    /** Whether to start the worker at once (default); otherwise call {@link #start()}. */
    public Builder startWorker(boolean v) { this.startWorker = v; return this; }

    /** Connects (or starts the in-process server), registers the worker and starts it. */
    public MicroagentsEnvironment build() {
      return new MicroagentsEnvironment(this);
    }
  }
}
