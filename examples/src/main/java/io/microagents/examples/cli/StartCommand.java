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
 * {@code start <example> [input…]}: the client half — starts the example's workflows on
 * {@code --temporal} and prints their steps, while a {@code worker} process runs them.
 */
@Command(name = "start", description = "Starts an example on --temporal, for a worker in another process to run.")
final class StartCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Spec
  CommandSpec spec;

  @Mixin
  ExampleArguments arguments;

  @Mixin
  ServiceOptions service;

  @Option(names = "--answer", paramLabel = "TEXT",
      description = "Answers a question the example asks a person, in advance (repeatable)")
  List<String> answers = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    service.requireTemporal(spec, "the cluster a worker process polls; to run everything in one process, use run");
    return ExampleRuns.run(cli.console(), spec, arguments, service, answers, false, false);
  }
}
