package io.microagents.examples.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The examples' command line: {@code list}, {@code run}, {@code worker} / {@code start} for a
 * worker and a client in separate processes, {@code attach} to pick a run up again, and
 * {@code check-deploy} before a rollout, and {@code console} for the web console. Errors end
 * the process with a non-zero status (2 for
 * a bad command line) and one line on stderr, never a stack trace.
 */
@Command(
    name = "microagents-examples",
    mixinStandardHelpOptions = true,
    version = "microagents-examples 0.1.0",
    description = "Runs the Microagents examples: durable multi-agent orchestration on Temporal.",
    subcommands = {ListCommand.class, RunCommand.class, WorkerCommand.class, StartCommand.class,
        AttachCommand.class, CheckDeployCommand.class, ConsoleCommand.class})
public final class ExamplesCli implements Runnable {

  /** Exit status of a failure while running. */
  public static final int FAILED = 1;
  /** Exit status of a bad command line. */
  public static final int USAGE = 2;

  /** gRPC logs through java.util.logging; kept here so the level set on it is not lost to garbage collection. */
  private static final Logger GRPC_LOG = Logger.getLogger("io.grpc");

  private final Console console;

  ExamplesCli(Console console) {
    this.console = console;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // gRPC's own warnings (a name that does not resolve: dozens of lines of stack traces) would bury the one line.
    GRPC_LOG.setLevel(Level.OFF);
    System.exit(execute(Console.system(), args));
  }

  /** Runs the command line with this console; returns the exit status. */
  public static int execute(Console console, String... args) {
    CommandLine cli = new CommandLine(new ExamplesCli(console), new CommandFactory(console));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(console.out(), true));
    cli.setErr(new PrintWriter(console.err(), true));
    cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
      console.err().println("Error: " + ErrorLine.of(error));
      return FAILED;
    });
    cli.setParameterExceptionHandler((error, args1) -> {
      console.err().println("Error: " + error.getMessage() + " (see --help)");
      return USAGE;
    });
    return cli.execute(args);
  }

  /** The console commands print to. */
  Console console() {
    return console;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(console.out());
  }
}
