package io.microagents.temporal.durability;

import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The tools of the crash-matrix agents (their base class). Every call appends a line to the
 * tool log, shared by all worker processes, so the test counts executions across crashes.
 * {@code slow_note} logs {@code start}, then waits until the test releases it (the file
 * {@code release-<text>} exists), then logs {@code done}: a worker can be killed inside it.
 */
public class CrashTools {

  /** Set by the worker process: the tool log and the directory of release files. */
  static volatile Path log;
  static volatile Path gates;

  @Tool("Writes a note")
  public String note(@Param(name = "text") String text) {
    append("note " + text);
    return "noted " + text;
  }

  /**
   * Facts about a city, in workflow code: a {@code Map.of} iterates in an order that differs
   * between JVMs, so only a recorded, canonical output replays the same in a new JVM. Logs each
   * time it really runs (not when a replay reads its recorded output).
   */
  @Tool(value = "Facts about a city", inline = true)
  public Map<String, Object> facts(@Param(name = "city") String city) {
    append("facts " + city);
    return Map.of("city", city, "country", "France", "population", 2_102_650, "river", "Seine",
        "founded", -250, "area_km2", 105.4, "timezone", "CET", "airport", "CDG", "motto", "Fluctuat nec mergitur",
        "nickname", "City of Light");
  }

  @Tool("Writes a note, slowly")
  public String slowNote(@Param(name = "text") String text) throws InterruptedException {
    append("start " + text);
    if (!Files.exists(gates.resolve(FakeOpenAiProcess.releaseFile(text)))) {
      // Held: the test kills this worker now. A bounded wait, in case it never does.
      new CountDownLatch(1).await(2, TimeUnit.MINUTES);
      throw new IllegalStateException("slow_note " + text + " was never released");
    }
    append("done " + text);
    return "noted slowly " + text;
  }

  private static synchronized void append(String line) {
    try {
      Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
