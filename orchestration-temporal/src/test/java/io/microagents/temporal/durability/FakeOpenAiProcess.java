package io.microagents.temporal.durability;

import io.microagents.testing.FakeOpenAiServer;
import io.microagents.testing.FakeReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The crash matrix's model provider: a {@link FakeOpenAiServer} in a process of its own,
 * answering from {@link CrashScript}. Every request is appended to a log file as
 * {@code <key> served|held}, so the test can count model calls across worker crashes. A held
 * step is answered only after {@code 10 minutes} — never, for the test — until the file
 * {@code release-<key>} exists; from then on at once.
 *
 * <p>Arguments: the request log file, the directory of release files. Prints
 * {@code @@READY <baseUrl>}.
 */
public final class FakeOpenAiProcess {

  private FakeOpenAiProcess() {}

  public static void main(String[] args) throws Exception {
    ParentWatch.exitWhenStdinCloses();
    Path log = Path.of(args[0]);
    Path gates = Path.of(args[1]);
    FakeOpenAiServer server = new FakeOpenAiServer().start();
    server.respondWith(request -> {
      CrashScript.Step step = CrashScript.of(request);
      boolean hold = step.held() && !Files.exists(gates.resolve(releaseFile(step.key())));
      append(log, step.key() + (hold ? " held" : " served"));
      FakeReply reply = FakeReply.ok(step.body());
      return hold ? reply.withDelay(Duration.ofMinutes(10)) : reply;
    });
    System.out.println("@@READY " + server.baseUrl());
    Thread.currentThread().join(); // serves until killed
  }

  /** The name of the file that releases a held key. */
  static String releaseFile(String key) {
    return "release-" + key.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static synchronized void append(Path log, String line) {
    try {
      Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
