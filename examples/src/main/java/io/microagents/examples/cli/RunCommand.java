package io.microagents.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run <example> [input…]}: runs one example end to end in this process — a worker
 * and a client on the embedded server, or on {@code --temporal} — printing each step.
 */
@Command(name = "run", description = "Runs an example end to end, printing each step.")
final class RunCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Spec
  CommandSpec spec;

  @Mixin
  ExampleArguments arguments;

  @Mixin
  ServiceOptions service;

  @Option(names = "--answer", paramLabel = "TEXT",
      description = "Answers a question the example asks a person, in advance (repeatable); otherwise it is asked on the terminal")
  List<String> answers = new ArrayList<>();

  @Option(names = "--trace",
      description = "At the end, prints the OpenTelemetry spans of the run (this process's client and worker) as a tree")
  boolean trace;

  @Override
  public Integer call() throws Exception {
    return ExampleRuns.run(cli.console(), spec, arguments, service, answers, true, trace);
  }
}
