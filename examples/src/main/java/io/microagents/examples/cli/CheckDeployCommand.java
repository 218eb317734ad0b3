package io.microagents.examples.cli;

import io.microagents.agent.AgentRegistry;
import io.microagents.examples.ExampleAgents;
import io.microagents.examples.ExampleWorkflows;
import io.microagents.examples.TemporalTarget;
import io.microagents.examples.agenticloop.AgenticLoopWorker;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.temporal.CanonicalDataConverter;
import io.microagents.temporal.MicroagentsOptions;
import io.microagents.temporal.MicroagentsWorker;
import io.microagents.temporal.deploy.DeployCheck;
import io.microagents.temporal.deploy.DeployCheckReport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.payload.storage.ExternalStorage;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code check-deploy}: before a rollout, replays the histories of the workflows in flight on
 * {@code --temporal} against this build of the examples; prints, per workflow, ok or would
 * break and why (and the agent changes a run keeps out). Exits 1 when any would break.
 */
@Command(name = "check-deploy",
    description = "Replays the workflows in flight on --temporal against this build; exits 1 when any would break.")
final class CheckDeployCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Option(names = "--temporal", paramLabel = "HOST:PORT", required = true, converter = TemporalAddressConverter.class,
      description = "The Temporal cluster to check")
  String temporal;

  @Option(names = "--namespace", paramLabel = "NAME", defaultValue = "default",
      description = "The Temporal namespace (default: ${DEFAULT-VALUE})")
  String namespace;

  @Option(names = "--closed-since", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Also check workflows closed within this long: 30m, 24h, 7d, or ISO-8601 (PT24H)")
  Duration closedSince;

  @Option(names = "--query", paramLabel = "QUERY",
      description = "A visibility query of your own instead (e.g. \"TaskQueue='microagents-online'\")")
  String query;

  @Option(names = "--payload-dir", paramLabel = "DIR",
      description = "The payload store the workers use (default: microagents-payloads in the temporary directory)")
  Path payloadDir;

  @Override
  public Integer call() {
    TemporalCheck.reachable(temporal);
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(temporal).build());
    try {
      WorkflowClient client = WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder()
          .setNamespace(namespace).setDataConverter(CanonicalDataConverter.get())
          .setExternalStorage(ExternalStorage.newBuilder()
              .setDriver(new TemporalTarget(temporal, namespace, payloadDir, false).payloadStore()).build())
          .build());
      AgentRegistry registry = ExampleAgents.registry(WebEndpoints.fromEnv());
      MicroagentsOptions options = MicroagentsOptions.DEFAULTS.withExternalStorage(true);
      DeployCheckReport report = DeployCheck.builder(client)
          .build(worker -> {
            MicroagentsWorker.register(worker, registry, ExampleAgents.offlineModel(), options);
            ExampleWorkflows.register(worker);
            AgenticLoopWorker.registerWorkflow(worker, registry, null);
          })
          .agents(registry, options)
          .closedSince(closedSince)
          .query(query)
          .build().run();
      cli.console().out().println(report.text());
      return report.ok() ? 0 : ExamplesCli.FAILED;
    } finally {
      service.shutdownNow();
    }
  }
}
