package io.microagents.examples.cli;

import io.microagents.console.MicroagentsConsole;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import io.microagents.examples.console.ExampleConsole;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code console}: serves the web console (runs, a run's tree with its text live, the inbox
 * of questions and approvals) on 127.0.0.1 until stopped. Embedded, it runs a worker too, so
 * a research run started from its page runs in this process; with {@code --temporal} it is
 * a client beside {@code worker} processes (give both {@code --redis} to see text live).
 */
@Command(name = "console", description = "Serves the web console on 127.0.0.1: watch runs live, answer questions "
    + "and approvals in the browser. Embedded (the default) it runs a worker too.")
final class ConsoleCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Mixin
  ServiceOptions service;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8088",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for a free one)")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Require this token on every request (the printed address carries it)")
  String token;

  @Option(names = "--temporal-ui", paramLabel = "URL",
      description = "The Temporal UI's address (e.g. http://localhost:8233), for a link from each run")
  String temporalUi;

  @Override
  public Integer call() throws Exception {
    Console console = cli.console();
    Mode mode = Mode.of(service, console.env());
    boolean runWorker = service.temporal == null;
    SessionSettings settings = mode.settings(console, service).runWorker(runWorker).build();
    console.out().println(runWorker ? mode.banner(service, console.env())
        : Mode.clientBanner(service.temporal, settings.taskQueues().agents()));
    if (service.temporal != null) {
      TemporalCheck.reachable(service.temporal);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (ExampleSession session = ExampleSession.open(settings);
        MicroagentsConsole web = ExampleConsole.builder(session).port(port).token(token).temporalUi(temporalUi)
            .build().start()) {
      if (!runWorker) {
        WorkerCheck.warnIfNoneOn(session, service.temporal);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      console.out().println("Console at " + web.url() + " (Temporal " + (runWorker ? "embedded" : service.temporal)
          + ", task queue " + session.taskQueues().agents() + "). Stop with Ctrl-C.");
      console.out().flush();
      stopped.await();
    }
    return 0;
  }
}
