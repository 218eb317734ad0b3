package io.microagents.examples.durability;

import io.microagents.examples.StepPrinter;
import io.microagents.examples.cli.ExamplesCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A worker in a JVM of its own ({@code java -cp <this classpath> … worker --temporal …}),
 * so it can really be killed. Its output lines are echoed with a prefix and handed to a
 * listener as they come.
 */
public final class WorkerProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Thread reader;

  private WorkerProcess(String name, Process process, StepPrinter printer, Consumer<String> listener) {
    this.name = name;
    this.process = process;
    this.reader = new Thread(() -> read(printer, listener), name + "-output");
    this.reader.setDaemon(true);
    this.reader.start();
  }

  /** Starts a worker process against a Temporal address, with more options of the {@code worker} command. */
  public static WorkerProcess start(String name, String address, String namespace, List<String> options,
      StepPrinter printer, Consumer<String> listener) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        ExamplesCli.class.getName(), "worker", "--temporal", address, "--namespace", namespace));
    command.addAll(options);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    printer.step("started " + name + " (pid " + process.pid() + ")");
    return new WorkerProcess(name, process, printer, listener);
  }

  /** Kills the process at once, as a crash would (no shutdown hooks, no goodbye). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
    reader.join(5000);
  }

  /** Completes when the process has ended, killed or on its own. */
  public java.util.concurrent.CompletableFuture<Process> onExit() {
    return process.onExit();
  }

  /** The exit status of an ended process. */
  public int exitValue() {
    return process.exitValue();
  }

  /** The process id. */
  public long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void read(StepPrinter printer, Consumer<String> listener) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("[") || line.isBlank()) {
          continue; // slf4j-simple's log lines: not steps.
        }
        printer.step("[" + name + "] " + line);
        listener.accept(line);
      }
    } catch (IOException e) {
      // The process was killed: its output ends here.
    }
  }
}
