package io.microagents.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerTableTest {

  @Test
  void formatsOneRowPerFrameworkWithDashesForWhatWasNotMeasured() {
    String table = PeerTable.format(List.of(
        new PeerTable.Row("microagents", 101.25, 99.5, 30.04,
            List.of(PeerTable.history(47_120, null), PeerTable.history(480_321, null), PeerTable.history(1_300_000, null)),
            289.4, 4.361, 22.2),
        new PeerTable.Row("typescript", 104, 100, Double.NaN,
            List.of(PeerTable.history(-1, null), PeerTable.history(52_000_000, "terminated")),
            516, 7, Double.NaN)), List.of(10, 100, 300), 100);

    String[] lines = table.split("\n");
    assertEquals(4, lines.length);
    assertTrue(lines[0].contains("history bytes, 10 turns | history bytes, 100 turns | history bytes, 300 turns"),
        lines[0]);
    assertTrue(lines[0].contains("100 concurrent runs"), lines[0]);
    assertEquals("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", lines[1]);
    assertEquals("| microagents | 101.3 | 99.5 | 30.0 | 47,120 | 480,321 | 1,300,000 | 289 | 4.36 | 22.2 |", lines[2]);
    assertEquals("| typescript | 104.0 | 100.0 | – | – | 52,000,000 (terminated) | – | 516 | 7.00 | – |", lines[3]);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, PeerTable.median(List.of(4.0, 1.0, 3.0, 2.0)));
    assertEquals(3.0, PeerTable.median(List.of(5.0, 1.0, 3.0)));
    assertTrue(Double.isNaN(PeerTable.median(List.of())));
  }

  @Test
  void fakeModelAsksForTheToolUntilThePromptsTurnCountIsReached() throws Exception {
    String twoOutputs = "{\"input\":[{\"role\":\"user\",\"content\":\"turns=3\"},"
        + "{\"type\":\"function_call_output\",\"call_id\":\"call_0\",\"output\":\"b\"},"
        + "{\"type\":\"function_call_output\",\"call_id\":\"call_1\",\"output\":\"b\"}]}";
    JsonNode body = Json.mapper().readTree(twoOutputs);
    assertTrue(PeerFakeOpenAi.answer(twoOutputs, body).contains("\"function_call\""));

    String done = twoOutputs.replace("turns=3", "turns=2");
    assertTrue(PeerFakeOpenAi.answer(done, Json.mapper().readTree(done)).contains("Looked up 2 values."));
  }
}
