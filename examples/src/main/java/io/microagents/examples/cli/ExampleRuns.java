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
      List<String> answers, boolean runWorker) throws Exception {
    Example example = arguments.example(spec);
    if (!runWorker && example.name().equals("durability")) {
      throw new UserError("durability starts and kills its own worker processes; use: run durability [--temporal HOST:PORT]");
    }
    Mode mode = Mode.of(service, console.env());
    console.out().println(mode.banner(service, console.env()));
    if (service.temporal != null) {
      TemporalCheck.reachable(service.temporal);
    }
    SessionSettings settings = mode.settings(console).temporal(service.target())
        .answers(answers).terminal(console.in()).runWorker(runWorker).build();
    try (ExampleSession session = ExampleSession.open(settings)) {
      session.printer().line("Example " + example.name() + ": " + example.description());
      String output = example.run(session, arguments.input(example));
      session.printer().finalOutput(output);
    }
    return 0;
  }
}
