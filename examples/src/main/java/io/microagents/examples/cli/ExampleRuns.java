package io.microagents.examples.cli;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code run} and {@code start} share: say the mode, connect, run, print the final output. */
final class ExampleRuns {

  private ExampleRuns() {}

  static int run(Console console, CommandSpec spec, ExampleArguments arguments, ServiceOptions service,
      List<String> answers, boolean runWorker, boolean trace) throws Exception {
    Example example = arguments.example(spec);
    Mode mode = Mode.of(service, console.env());
    // A client-only start leaves the model to the workers; durability starts workers of its own, like this process.
    boolean clientOnly = !runWorker && !example.startsOwnWorkers();
    SessionSettings settings = mode.settings(console, service)
        .answers(answers).terminal(console.in()).runWorker(runWorker).trace(trace).build();
    console.out().println(clientOnly
        ? Mode.clientBanner(service.temporal, settings.taskQueues().agents())
        : mode.banner(service, console.env()));
    if (service.temporal != null) {
      TemporalCheck.reachable(service.temporal);
    }
    try (ExampleSession session = ExampleSession.open(settings);
        InterruptNotice notice = new InterruptNotice(console, service, mode, session, clientOnly)) {
      if (clientOnly) {
        WorkerCheck.warnIfNoneOn(session, service.temporal);
      }
      session.printer().line("Example " + example.name() + ": " + example.description());
      String output = example.run(session, arguments.input(example));
      notice.done();
      session.printer().finalOutput(output);
      if (session.trace() != null) {
        console.out().println();
        console.out().println("Trace (" + session.trace().spans().size() + " spans):");
        console.out().print(session.trace().tree());
      }
    }
    return 0;
  }
}
