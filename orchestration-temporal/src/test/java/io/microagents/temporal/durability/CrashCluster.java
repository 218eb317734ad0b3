package io.microagents.temporal.durability;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of the crash matrix: a fake OpenAI server, a Temporal server (the Java test
 * server in a JVM of its own, unless a real server's address is given), a client and the
 * current worker — each a separate OS process — plus an observer client in the test's own
 * JVM that reads histories and queries state. Closing it kills every process it started.
 */
final class CrashCluster implements AutoCloseable {

  /** When the worker died, and when its replacement was polling ({@link System#nanoTime()}). */
  record Kill(long killed, long replaced) {}

  private static final Duration READY = Duration.ofSeconds(60);

  private final Path dir;
  private final Path gates;
  private final Path payloads;
  private boolean sticky;
  private boolean lowLatency;
  private final CrashLogs logs;
  private final List<JavaProcess> started = new ArrayList<>();
  private String address;
  private String server;
  private String baseUrl;
  private String taskQueue;
  private JavaProcess client;
  private JavaProcess worker;
  private int workers;
  private WorkflowServiceStubs service;
  private WorkflowClient observer;

  private CrashCluster(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.gates = Files.createDirectories(dir.resolve("gates"));
    this.payloads = Files.createDirectories(dir.resolve("payloads"));
    this.logs = new CrashLogs(Files.createFile(dir.resolve("model-requests.log")),
        Files.createFile(dir.resolve("tool-calls.log")));
  }

  /**
   * Starts every process, logging to {@code dir}.
   *
   * @param realServer a real Temporal server's {@code host:port}, or {@code null} for a test server process
   */
  static CrashCluster start(Path dir, String realServer, String taskQueue) throws IOException {
    return start(dir, realServer, taskQueue, false);
  }

  /**
   * Starts every process, logging to {@code dir}.
   *
   * @param lowLatency whether the workers run model calls and the {@code note} tool as local activities
   */
  static CrashCluster start(Path dir, String realServer, String taskQueue, boolean lowLatency) throws IOException {
    CrashCluster c = new CrashCluster(dir);
    c.lowLatency = lowLatency;
    try {
      c.startAll(realServer, taskQueue);
      return c;
    } catch (RuntimeException | Error e) {
      c.close();
      throw e;
    }
  }

  private void startAll(String realServer, String queue) {
    JavaProcess fake = spawn("fake-openai", FakeOpenAiProcess.class, logs.requests().toString(), gates.toString());
    if (realServer == null) {
      JavaProcess temporal = spawn("temporal-server", TemporalServerProcess.class);
      address = "127.0.0.1:" + ready(temporal).split(" ")[1];
      server = "Java test server in its own JVM (" + address + ")";
    } else {
      address = realServer;
      server = "real Temporal server at " + address;
    }
    taskQueue = queue;
    baseUrl = ready(fake).split(" ")[1];
    sticky = realServer != null; // the Java test server loses a killed worker's sticky queue
    client = spawn("client", CrashClientProcess.class, address, taskQueue, payloads.toString());
    worker = startWorker();
    ready(client);
    service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    observer = WorkflowClient.newInstance(service, io.temporal.client.WorkflowClientOptions.newBuilder()
        .setDataConverter(io.microagents.temporal.CanonicalDataConverter.get())
        .setExternalStorage(new io.microagents.temporal.storage.FilePayloadStore(payloads)
            .externalStorage(CrashClientProcess.PAYLOAD_THRESHOLD)).build());
  }

  /** Which Temporal server the matrix runs on. */
  String server() {
    return server;
  }

  JavaProcess client() {
    return client;
  }

  WorkflowClient observer() {
    return observer;
  }

  CrashLogs logs() {
    return logs;
  }

  /** Kills the worker with SIGKILL and starts its replacement. */
  Kill killWorker() {
    worker.kill();
    long killed = System.nanoTime();
    worker = startWorker();
    return new Kill(killed, System.nanoTime());
  }

  /** From now on, the fake server answers this held key at once, or {@code slow_note} of this text runs through. */
  void release(String key) {
    try {
      Files.createFile(gates.resolve(FakeOpenAiProcess.releaseFile(key)));
    } catch (IOException e) {
      throw new AssertionError("Cannot release " + key, e);
    }
  }

  /**
   * Writes what helps to understand a stuck case: the events of the run and its children,
   * and thread dumps of the Temporal test server and the current worker. Returns where.
   */
  String diagnose(String workflowId) {
    Path file = dir.resolve(workflowId.replace('/', '_') + ".diagnosis.txt");
    StringBuilder b = new StringBuilder();
    String hint = "";
    try {
      for (WorkflowExecutionHistory h : HistoryChecks.tree(observer, workflowId)) {
        if (h.getLastEvent().getEventType() == EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED) {
          hint = "; " + h.getWorkflowExecution().getWorkflowId() + " has a workflow task that no worker starts:"
              + " still bound to the killed worker's sticky queue? (the Java test server needs workers with"
              + " WorkerOptions.setStickyQueueScheduleToStartTimeout(Duration.ZERO))";
        }
        b.append("== ").append(h.getWorkflowExecution().getWorkflowId()).append('\n');
        for (HistoryEvent e : h.getEvents()) {
          b.append(e.getEventId()).append(' ').append(Instant.ofEpochSecond(e.getEventTime().getSeconds(),
              e.getEventTime().getNanos())).append(' ').append(e.getEventType()).append('\n');
        }
      }
    } catch (RuntimeException e) {
      b.append("history unavailable: ").append(e).append('\n');
    }
    for (JavaProcess p : List.of(worker, client)) {
      b.append("== threads of ").append(p.name()).append('\n').append(p.threadDump()).append('\n');
    }
    if (server.startsWith("Java")) {
      JavaProcess temporal = started.stream().filter(p -> p.name().equals("temporal-server")).findFirst().orElseThrow();
      b.append("== threads of temporal-server\n").append(temporal.threadDump()).append('\n');
    }
    try {
      Files.writeString(file, b);
    } catch (IOException e) {
      return "no diagnosis: " + e;
    }
    return "diagnosis: " + file + hint;
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).close();
    }
    if (service != null) {
      service.shutdownNow();
    }
  }

  private JavaProcess startWorker() {
    workers++;
    JavaProcess w = spawn("worker-" + workers, CrashWorkerProcess.class,
        address, taskQueue, baseUrl, logs.tools().toString(), gates.toString(), payloads.toString(),
        String.valueOf(sticky), String.valueOf(lowLatency));
    ready(w);
    return w;
  }

  private JavaProcess spawn(String name, Class<?> main, String... args) {
    JavaProcess p = JavaProcess.start(name, dir, main, args);
    started.add(p);
    return p;
  }

  private static String ready(JavaProcess p) {
    return p.await(p.name() + " ready", l -> l.startsWith("READY"), 1, READY).text();
  }
}
