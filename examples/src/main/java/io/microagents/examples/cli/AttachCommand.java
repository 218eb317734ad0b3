package io.microagents.examples.cli;

import io.microagents.examples.ExampleSession;
import io.microagents.examples.RunAttachment;
import io.microagents.examples.SessionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code attach <workflow-id>}: picks up a run on {@code --temporal} whose client stopped
 * (Ctrl-C, a closed terminal): prints its steps from the start, asks the questions it still
 * waits on, and prints its result. Runs a worker too, unless {@code --client-only}.
 */
@Command(name = "attach",
    description = "Reattaches to a run on --temporal by its workflow id: its steps, its questions, its result.")
final class AttachCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKFLOW-ID", description = "The run's workflow id, e.g. research-1a2b3c4d")
  String workflowId;

  @Mixin
  ServiceOptions service;

  @Option(names = "--answer", paramLabel = "TEXT",
      description = "Answers a question the run asks a person, or a conversation's next message (repeatable)")
  List<String> answers = new ArrayList<>();

  @Option(names = "--client-only",
      description = "Run no worker in this process: workers elsewhere (the worker command) run the steps")
  boolean clientOnly;

  @Override
  public Integer call() throws Exception {
    service.requireTemporal(spec, "a run on the embedded server ends with the process that started it");
    Console console = cli.console();
    Mode mode = Mode.of(service, console.env());
    SessionSettings settings = mode.settings(console, service)
        .answers(answers).terminal(console.in()).runWorker(!clientOnly).build();
    console.out().println(clientOnly
        ? Mode.clientBanner(service.temporal, settings.taskQueues().agents())
        : mode.banner(service, console.env()));
    TemporalCheck.reachable(service.temporal);
    try (ExampleSession session = ExampleSession.open(settings);
        InterruptNotice notice = new InterruptNotice(console, service, mode, session, clientOnly)) {
      if (clientOnly) {
        WorkerCheck.warnIfNoneOn(session, service.temporal);
      }
      String output = RunAttachment.attach(session, workflowId, List.of());
      notice.done();
      session.printer().finalOutput(output);
    }
    return 0;
  }
}
