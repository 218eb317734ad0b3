package io.microagents.examples.cli;

import picocli.CommandLine;

/** Creates the subcommands with the console injected, so tests can capture their output. */
final class CommandFactory implements CommandLine.IFactory {

  private final Console console;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(Console console) {
    this.console = console;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == ExamplesCli.class) {
      return type.cast(new ExamplesCli(console));
    }
    return fallback.create(type);
  }
}
