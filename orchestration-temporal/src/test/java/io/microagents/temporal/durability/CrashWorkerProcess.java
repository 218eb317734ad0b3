package io.microagents.temporal.durability;

import io.microagents.agent.AgentRegistry;
import io.microagents.openai.OpenAiModelProvider;
import io.microagents.openai.OpenAiOptions;
import io.microagents.temporal.LowLatency;
import io.microagents.temporal.MicroagentsEnvironment;
import io.microagents.temporal.MicroagentsOptions;
import io.temporal.activity.ActivityOptions;
import io.microagents.temporal.storage.FilePayloadStore;
import io.temporal.common.RetryOptions;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A worker of the crash matrix, in a JVM of its own so that it can be killed: the matrix's
 * agents and the fan-out workflow, the real OpenAI provider pointed at the fake server.
 * Activities get a short start-to-close timeout, so that a call lost with a killed worker is
 * retried within seconds.
 *
 * <p>Arguments: Temporal address, task queue, fake OpenAI base URL, tool log, release-file
 * directory, payload store directory (shared with the client; payloads over 1 KiB go there, so
 * references cross processes), whether sticky execution is on (off only for the Java test
 * server, which loses a killed worker's sticky queue), whether model calls and the {@code note}
 * tool are local activities (the low-latency mode). Prints {@code @@READY} once polling.
 */
public final class CrashWorkerProcess {

  /** How long one model or tool call may take before Temporal retries it elsewhere. */
  static final Duration START_TO_CLOSE = Duration.ofSeconds(5);

  private static final RetryOptions RETRY = RetryOptions.newBuilder()
      .setInitialInterval(Duration.ofMillis(200)).setBackoffCoefficient(1.5)
      .setMaximumInterval(Duration.ofSeconds(1)).build();

  static final MicroagentsOptions OPTIONS = MicroagentsOptions.builder()
      .modelActivity(ActivityOptions.newBuilder().setStartToCloseTimeout(START_TO_CLOSE).setRetryOptions(RETRY).build())
      .toolActivity(ActivityOptions.newBuilder().setStartToCloseTimeout(START_TO_CLOSE).setRetryOptions(RETRY).build())
      .build();

  private CrashWorkerProcess() {}

  public static void main(String[] args) throws Exception {
    ParentWatch.exitWhenStdinCloses();
    CrashTools.log = Path.of(args[3]);
    CrashTools.gates = Path.of(args[4]);
    FakeOpenAi.warmUp(); // class loading before the first timed call, against a private fake
    OpenAiModelProvider provider = new OpenAiModelProvider(OpenAiOptions.builder()
        .baseUrl(args[2]).apiKey("sk-crash-matrix").timeout(Duration.ofSeconds(30)).build());
    MicroagentsEnvironment env = MicroagentsEnvironment.builder()
        .registry(AgentRegistry.of(CrashAgents.ALL)).models(provider)
        .options(args.length > 7 && Boolean.parseBoolean(args[7])
            ? OPTIONS.toBuilder().lowLatency(LowLatency.allModelCalls().withTools("note")).build() : OPTIONS)
        .address(args[0]).taskQueue(args[1]).startWorker(false)
        .payloadStore(new FilePayloadStore(Path.of(args[5]))).payloadThreshold(CrashClientProcess.PAYLOAD_THRESHOLD)
        .workerOptions(Boolean.parseBoolean(args[6]) ? WorkerOptions.getDefaultInstance()
            : WorkerOptions.newBuilder().setStickyQueueScheduleToStartTimeout(Duration.ZERO).build())
        .build();
    env.worker().registerWorkflowImplementationTypes(FanOutWorkflowImpl.class);
    env.start();
    System.out.println("@@READY");
    Thread.currentThread().join(); // works until killed
  }
}
