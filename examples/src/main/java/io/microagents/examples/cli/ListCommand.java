package io.microagents.examples.cli;

import io.microagents.examples.Example;
import io.microagents.examples.ExampleCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code list}: each example with a one-line description. */
@Command(name = "list", description = "Lists the examples.")
final class ListCommand implements Callable<Integer> {

  @ParentCommand
  ExamplesCli cli;

  @Override
  public Integer call() {
    for (Example e : ExampleCatalog.all()) {
      cli.console().out().printf("%-17s %s%n", e.name(), e.description());
    }
    return 0;
  }
}
