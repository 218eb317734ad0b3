package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.temporal.MicroagentsEnvironment;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;

/**
 * A worker process of the side-by-side benchmark, so its CPU and memory are its own:
 * {@code PeerWorker microagents|bare <temporal host:port> <task queue> <OpenAI base URL>}.
 * Tool output size: {@code -Dpeer.kb} (default 1). Serves until killed.
 */
public final class PeerWorker {

  private PeerWorker() {}

  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    WorkerCounts.answerOnStdin(); // "counts" on stdin: its ModelInputCounts on stdout, for MultiWorkerBenchmark
    String kind = args[0];
    String address = args[1];
    String queue = args[2];
    String openAi = args[3];
    if (kind.equals("microagents")) {
      MicroagentsEnvironment.builder().registry(AgentRegistry.of(PeerAgent.class))
          .models(new OpenAiModelProvider(OpenAiOptions.builder().baseUrl(openAi).apiKey("bench").build()))
          .address(address).taskQueue(queue).build();
    } else if (kind.equals("bare")) {
      WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
      WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(service));
      io.temporal.worker.Worker worker = factory.newWorker(queue);
      worker.registerWorkflowImplementationTypes(PeerBareLoop.WorkflowImpl.class);
      worker.registerActivitiesImplementations(new PeerBareLoop.ActivitiesImpl(openAi, Integer.getInteger("peer.kb", 1)));
      factory.start();
    } else {
      throw new IllegalArgumentException("PeerWorker: kind must be microagents or bare, not " + kind);
    }
    System.out.println("worker ready");
    Thread.currentThread().join();
  }
}
