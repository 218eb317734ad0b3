package io.microagents.temporal.testing;

import io.microagents.agent.AgentRegistry;
import io.microagents.model.ModelProvider;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.payload.storage.StorageDriver;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import com.uber.m3.tally.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Temporal environment per test, for testing agents durably in a few lines. By default the
 * in-memory test server (with time skipping); when the system property
 * {@code temporal.address} (or the environment variable {@code TEMPORAL_ADDRESS}) is set, a
 * real server at that address, with task queues made unique per test.
 *
 * <pre>{@code
 * @RegisterExtension MicroagentsTestExtension temporal = new MicroagentsTestExtension();
 *
 * @Test void answers() {
 *   AgentClient client = temporal.start(registry, ModelProvider.of(scriptedModel));
 *   String id = client.start(HaikuAgent.class, "rain");
 *   assertThat(client.result(id).finalOutputText()).contains("rain");
 *   assertThat(Histories.activityTypes(temporal.history(id))).containsExactly("ModelCall");
 *   temporal.replay(id);
 * }
 * }</pre>
 */
public final class MicroagentsTestExtension implements BeforeEachCallback, AfterEachCallback {

  /** The base name of the main worker's task queue. */
  public static final String TASK_QUEUE = "microagents-test";

  private final String address = configuredAddress();
  private Function<Path, StorageDriver> storeFactory = FilePayloadStore::new;
  private int threshold = MicroagentsEnvironment.DEFAULT_PAYLOAD_THRESHOLD;
  private Path storeDirectory;
  private boolean stored;
  private TestWorkflowEnvironment env;
  private WorkflowServiceStubs service;
  private WorkerFactory factory;
  private WorkflowClient client;
  private String suffix;
  private boolean started;
  private AgentRegistry registry;
  private ModelProvider models;
  private MicroagentsOptions options;
  private WorkerFactoryOptions factoryOptions;
  private Scope metricsScope;
  private UnaryOperator<WorkflowClientOptions.Builder> clientOptions = UnaryOperator.identity();

  @Override
  public void beforeEach(ExtensionContext context) {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    started = false;
    WorkflowClientOptions.Builder options = WorkflowClientOptions.newBuilder()
        .setDataConverter(CanonicalDataConverter.get());
    options = clientOptions.apply(options);
    stored = storeFactory != null;
    if (stored) {
      storeDirectory = temporaryDirectory();
      options.setExternalStorage(ExternalStorage.newBuilder().setDriver(storeFactory.apply(storeDirectory))
          .setPayloadSizeThreshold(threshold).build());
    }
    if (address == null) {
      TestEnvironmentOptions.Builder environment = TestEnvironmentOptions.newBuilder()
          .setWorkflowClientOptions(options.build());
      if (factoryOptions != null) {
        environment.setWorkerFactoryOptions(factoryOptions);
      }
      if (metricsScope != null) {
        environment.setMetricsScope(metricsScope);
      }
      env = TestWorkflowEnvironment.newInstance(environment.build());
      client = env.getWorkflowClient();
    } else {
      WorkflowServiceStubsOptions.Builder stubs = WorkflowServiceStubsOptions.newBuilder().setTarget(address);
      if (metricsScope != null) {
        stubs.setMetricsScope(metricsScope);
      }
      service = WorkflowServiceStubs.newServiceStubs(stubs.build());
      client = WorkflowClient.newInstance(service, options.build());
      factory = factoryOptions == null ? WorkerFactory.newInstance(client) : WorkerFactory.newInstance(client, factoryOptions);
    }
  }

  /**
   * The payload store of the tests' External Storage, made per test from a fresh temporary
   * directory (deleted after the test); {@code null} for none, to test what happens without.
   * Default: a {@link FilePayloadStore} in that directory.
   */
  public MicroagentsTestExtension payloadStore(Function<Path, StorageDriver> factory) {
    this.storeFactory = factory;
    return this;
  }

  /**
   * The workers' factory options: their interceptors (metrics, tracing), cache size. Default:
   * Temporal's.
   */
  public MicroagentsTestExtension workerFactoryOptions(WorkerFactoryOptions options) {
    this.factoryOptions = options;
    return this;
  }

  /**
   * Changes the client's options after ours are set (the canonical data converter): its
   * interceptors (tracing), identity. Default: none changed.
   */
  public MicroagentsTestExtension clientOptions(UnaryOperator<WorkflowClientOptions.Builder> change) {
    this.clientOptions = change;
    return this;
  }

  /**
   * Where Temporal's SDK reports its own metrics (workflow task failures, activity latency, …);
   * default: none.
   */
  public MicroagentsTestExtension metricsScope(Scope scope) {
    this.metricsScope = scope;
    return this;
  }

  /** Payloads larger than this go to the payload store; default 256 KiB. */
  public MicroagentsTestExtension payloadThreshold(int bytes) {
    this.threshold = bytes;
    return this;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("microagents-test-payloads-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (env != null) {
      env.close();
      env = null;
    }
    if (factory != null) {
      factory.shutdownNow();
      factory.awaitTermination(10, TimeUnit.SECONDS);
      service.shutdownNow();
      factory = null;
    }
    if (storeDirectory != null) {
      try (Stream<Path> files = Files.walk(storeDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory
      }
      storeDirectory = null;
    }
  }

  /** Whether the tests run against a real server. */
  public boolean realServer() {
    return address != null;
  }

  /** A task queue name, made unique to this test on a real server. */
  public String taskQueue(String base) {
    return address == null ? base : base + "-" + suffix;
  }

  /** A workflow id, made unique to this test on a real server (where ids outlive the test). */
  public String workflowId(String base) {
    return address == null ? base : base + "-" + suffix;
  }

  /** A new worker on a task queue (see {@link #taskQueue}); create all workers before {@link #start}. */
  public Worker newWorker(String baseTaskQueue) {
    String queue = taskQueue(baseTaskQueue);
    if (env != null) {
      return env.newWorker(queue);
    }
    return factory.newWorker(queue); // sticky execution on, as in production
  }

  /**
   * Registers these {@code @Agent} classes (and the agents they reference) with a model,
   * typically a {@code ScriptedModel}; starts every worker; returns a client. Once per test.
   */
  public AgentClient start(ModelProvider models, Class<?>... agentClasses) {
    return start(AgentRegistry.of(agentClasses), models);
  }

  /** Registers the agents on the main worker, starts every worker, returns a client. */
  public AgentClient start(AgentRegistry registry, ModelProvider models) {
    return start(registry, models, MicroagentsOptions.DEFAULTS);
  }

  /** Registers the agents on the main worker with options, starts every worker, returns a client. */
  public AgentClient start(AgentRegistry registry, ModelProvider models, MicroagentsOptions options) {
    return start(registry, models, options, w -> {});
  }

  /**
   * Registers the agents on the main worker, lets {@code setup} register more (your own
   * workflows), starts every worker, returns a client.
   */
  public AgentClient start(AgentRegistry registry, ModelProvider models, MicroagentsOptions options,
      java.util.function.Consumer<Worker> setup) {
    this.registry = registry;
    this.models = models;
    this.options = options.withExternalStorage(stored);
    Worker worker = newWorker(TASK_QUEUE);
    MicroagentsWorker.register(worker, registry, models, this.options);
    setup.accept(worker);
    if (env != null) {
      env.start();
    } else {
      factory.start();
    }
    started = true;
    return new AgentClient(client, worker.getTaskQueue(), registry, this.options.streams());
  }

  /** The Temporal client. */
  public WorkflowClient workflowClient() {
    return client;
  }

  /** The in-memory environment (to skip time), or {@code null} on a real server. */
  public TestWorkflowEnvironment testEnvironment() {
    return env;
  }

  /** A workflow's history. */
  public WorkflowExecutionHistory history(String workflowId) {
    return client.fetchHistory(workflowId);
  }

  /**
   * Replays a workflow's history, and those of its child workflows, on a fresh worker with
   * the same agents: fails when the code no longer produces the same commands.
   *
   * @param extraWorkflows your own workflow implementation classes the tree contains
   */
  public void replay(String workflowId, Class<?>... extraWorkflows) {
    if (!started) {
      throw new IllegalStateException("start(...) first");
    }
    new Replays(client, registry, models, options).replayTree(workflowId, extraWorkflows);
  }

  private static String configuredAddress() {
    String a = System.getProperty("temporal.address");
    if (a == null || a.isBlank() || a.contains("${")) {
      a = System.getenv("TEMPORAL_ADDRESS");
    }
    return a == null || a.isBlank() || a.contains("${") ? null : a.trim();
  }
}
