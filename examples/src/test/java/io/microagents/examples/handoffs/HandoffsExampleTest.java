package io.microagents.examples.handoffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/** One loop: triage hands off and the loop takes on the specialist's instructions and tools. */
class HandoffsExampleTest {

  @Test
  void storeHoursGoToTheLocalInfoAgent() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new HandoffsExample(), "How late is Costco open today?");

      assertThat(answer).contains("Costco").contains("20:30");
      assertThat(s.lines()).containsSubsequence("agent triage", "model call by triage", "handoff triage -> local_info",
          "model call by local_info", "tool call get_store_hours {\"store\":\"Costco\"}", "model call by local_info");
    }
  }

  @Test
  void weatherQuestionsGoToTheWeatherAgentAndItsTools() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new HandoffsExample(), "Are there any weather alerts where I am?");

      assertThat(answer).contains("Heat Advisory");
      assertThat(s.lines()).containsSubsequence("handoff triage -> weather", "tool call get_ip_address {}",
          "tool call get_location_info {\"ip\":\"198.51.100.23\"}", "tool call get_weather_alerts {\"state\":\"FL\"}");
    }
  }

  @Test
  void storeHoursKnowsAFewStoresAndSaysWhichWhenAskedForAnother() {
    assertThat(StoreHours.findStore("is trader joes open?")).isEqualTo("Trader Joe's");
    assertThat(StoreHours.hoursOf("Ikea")).startsWith("No opening hours known for 'Ikea'").contains("Costco");
  }
}
