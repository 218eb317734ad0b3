package io.microagents.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void snakeCaseOfIdentifiersAndDisplayNames() {
    assertThat(Names.snakeCase("getWeatherAlerts")).isEqualTo("get_weather_alerts");
    assertThat(Names.snakeCase("SeatBookingAgent")).isEqualTo("seat_booking_agent");
    assertThat(Names.snakeCase("Seat Booking Agent")).isEqualTo("seat_booking_agent");
    assertThat(Names.snakeCase("  FAQ agent! ")).isEqualTo("faq_agent");
    assertThat(Names.snakeCase("parseHTTPResponse")).isEqualTo("parse_http_response");
    assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
    assertThat(Names.snakeCase("agent2Go")).isEqualTo("agent2_go");
    assertThat(Names.snakeCase("Billing-Agent")).isEqualTo("billing_agent");
  }

  @Test
  void toolNamesFollowOpenAisRule() {
    assertThat(Names.isValidToolName("get_weather-2")).isTrue();
    assertThat(Names.isValidToolName("")).isFalse();
    assertThat(Names.isValidToolName("get weather")).isFalse();
    assertThat(Names.isValidToolName("x".repeat(65))).isFalse();
  }
}
