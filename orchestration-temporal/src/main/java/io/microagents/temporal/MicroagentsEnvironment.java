package io.microagents.temporal;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.temporal.authorization.AuthorizationTokenSupplier;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A Temporal server, a worker and a client in one object. With no address: an in-process
 * Temporal test server (real time, nothing to install). With an address: a real cluster
 * (namespace; TLS, mTLS client certificates or an API key for Temporal Cloud). Close it to
 * stop the worker (and the in-process server).
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

  private final TestWorkflowEnvironment embedded;
  private final WorkflowServiceStubs service;
  private final WorkerFactory factory;
  private final WorkflowClient workflowClient;
  private final Worker worker;
  private final AgentClient client;

  private MicroagentsEnvironment(Builder b) {
    Objects.requireNonNull(b.registry, "registry");
    Objects.requireNonNull(b.models, "models");
    if (b.address == null || b.address.isBlank()) {
      embedded = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder()
          .setUseTimeskipping(false)
          .setWorkflowClientOptions(WorkflowClientOptions.newBuilder().setNamespace(b.namespace).build())
          .build());
      service = null;
      factory = null;
      workflowClient = embedded.getWorkflowClient();
      worker = embedded.newWorker(b.taskQueue);
    } else {
      embedded = null;
      service = WorkflowServiceStubs.newServiceStubs(serviceOptions(b));
      workflowClient = WorkflowClient.newInstance(service,
          WorkflowClientOptions.newBuilder().setNamespace(b.namespace).build());
      factory = WorkerFactory.newInstance(workflowClient);
      // A standalone test server loses a crashed worker's sticky queue; zero turns stickiness
      // off there. The real server does not need it, and does not mind it.
      worker = factory.newWorker(b.taskQueue,
          WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build());
    }
    MicroagentsWorker.register(worker, b.registry, b.models, b.options);
    if (b.startWorker) {
      if (embedded != null) {
        embedded.start();
      } else {
        factory.start();
      }
    }
    client = new AgentClient(workflowClient, b.taskQueue, b.registry);
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
      return;
    }
    factory.shutdown();
    factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    service.shutdown();
  }

  private static WorkflowServiceStubsOptions serviceOptions(Builder b) {
    WorkflowServiceStubsOptions.Builder o = WorkflowServiceStubsOptions.newBuilder().setTarget(b.address);
    if (b.apiKey != null) {
      String key = b.apiKey;
      AuthorizationTokenSupplier token = () -> key;
      o.addApiKey(token).setEnableHttps(true);
    }
    if (b.clientCert != null) {
      try (InputStream cert = Files.newInputStream(b.clientCert); InputStream key = Files.newInputStream(b.clientKey)) {
        o.setSslContext(SimpleSslContextBuilder.forPKCS8(cert, key).build());
      } catch (Exception e) {
        throw new IllegalArgumentException("Cannot read client certificate " + b.clientCert + " / key " + b.clientKey + ": " + e, e);
      }
    } else if (b.tls) {
      o.setEnableHttps(true);
    }
    return o.build();
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

    private Builder() {}

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
    /** Whether to start the worker at once (default); otherwise call {@link #start()}. */
    public Builder startWorker(boolean v) { this.startWorker = v; return this; }

    /** Connects (or starts the in-process server), registers the worker and starts it. */
    public MicroagentsEnvironment build() {
      return new MicroagentsEnvironment(this);
    }
  }
}
