package io.microagents.examples.weather;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/** The talk's question chains the three tools, each a durable activity named after the tool. */
class WeatherExampleTest {

  @Test
  void alertsWhereIAmChainsIpLocationAndAlerts() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new WeatherExample());

      assertThat(answer).contains("3 active weather alerts").contains("Miami, Florida").contains("Heat Advisory");
      assertThat(s.lines()).containsSubsequence(
          "agent weather",
          "model call by weather",
          "tool call get_ip_address {}",
          "get_ip_address -> 198.51.100.23",
          "tool call get_location_info {\"ip\":\"198.51.100.23\"}",
          "tool call get_weather_alerts {\"state\":\"FL\"}",
          "model call by weather");
    }
  }

  @Test
  void aQuestionNoToolFitsIsAnsweredInHaiku() throws Exception {
    try (CapturedSession s = CapturedSession.open()) {
      String answer = s.run(new WeatherExample(), "Tell me about the sea");

      assertThat(answer.lines()).hasSize(3);
      assertThat(s.output()).doesNotContain("tool call");
    }
  }
}
