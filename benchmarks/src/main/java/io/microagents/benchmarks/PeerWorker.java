package io.microagents.benchmarks;

import io.microagents.agent.AgentRegistry;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.temporal.LowLatency;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;

/**
 * A worker process of the side-by-side benchmark, so its CPU and memory are its own:
 * {@code PeerWorker microagents|microagents-local|bare <temporal host:port> <task queue> <OpenAI base URL>};
 * {@code microagents-local} runs the model calls and the tool as local activities (the low-latency mode).
 * Tool output size: {@code -Dpeer.kb} (default 1). Prints {@code worker ready at <epoch ms>} when
 * its worker polls, for the harness's launch-to-ready time. Serves until killed.
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
    if (kind.equals("microagents") || kind.equals("microagents-local")) {
      MicroagentsOptions options = kind.equals("microagents-local")
          ? MicroagentsOptions.builder().lowLatency(LowLatency.allModelCalls().withTools("lookup")).build()
          : MicroagentsOptions.DEFAULTS;
      MicroagentsEnvironment.builder().registry(AgentRegistry.of(PeerAgent.class))
          .models(new OpenAiModelProvider(OpenAiOptions.builder().baseUrl(openAi).apiKey("bench").build()))
          .options(options).address(address).taskQueue(queue).build();
    } else if (kind.equals("bare")) {
      WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
      WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(service));
      io.temporal.worker.Worker worker = factory.newWorker(queue);
      worker.registerWorkflowImplementationTypes(PeerBareLoop.WorkflowImpl.class);
      worker.registerActivitiesImplementations(new PeerBareLoop.ActivitiesImpl(openAi, Integer.getInteger("peer.kb", 1)));
      factory.start();
    } else {
      throw new IllegalArgumentException("PeerWorker: kind must be microagents, microagents-local or bare, not " + kind);
    }
    System.out.println("worker ready at " + System.currentTimeMillis()); // wall clock: the harness reads it
    Thread.currentThread().join();
  }
}
