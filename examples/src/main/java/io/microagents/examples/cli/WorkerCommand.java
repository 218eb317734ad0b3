package io.microagents.examples.cli;

import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import io.microagents.examples.durability.ModelCallLog;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code worker}: runs every example's workflows and activities against {@code --temporal}
 * until stopped. Prints a line per model call it actually makes (replayed ones print
 * nothing), which the durability example counts. Run more of them to scale out.
 */
@Command(name = "worker", description = "Runs a worker for every example against --temporal until stopped.")
final class WorkerCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Spec
  CommandSpec spec;

  @Mixin
  ServiceOptions service;

  @Override
  public Integer call() throws Exception {
    service.requireTemporal(spec, "an embedded server lives only inside one process");
    Console console = cli.console();
    Mode mode = Mode.of(service, console.env());
    console.out().println(mode.banner(service, console.env()));
    TemporalCheck.reachable(service.temporal);
    SessionSettings settings = mode.settings(console, service).build();
    CountDownLatch stopped = new CountDownLatch(1);
    try (ExampleSession session = ExampleSession.open(settings, models -> new ModelCallLog(models, console.out()))) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      console.out().println("Worker ready: Temporal " + service.temporal + ", namespace " + service.namespace
          + ", task queues " + session.taskQueues().agents() + " and " + session.taskQueues().agenticLoop()
          + ". Stop with Ctrl-C.");
      console.out().flush();
      stopped.await();
    }
    return 0;
  }
}
