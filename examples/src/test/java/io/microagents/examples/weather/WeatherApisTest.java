package io.microagents.examples.weather;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.examples.web.FakeWebApis;
import io.microagents.examples.web.JsonHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The three weather tools over real HTTP against the local fake of ipify, ip-api and api.weather.gov. */
class WeatherApisTest {

  private final FakeWebApis web = FakeWebApis.start();
  private final WeatherApis apis = new WeatherApis(web.endpoints());

  @AfterEach
  void stop() {
    web.close();
  }

  @Test
  void ipAddressComesFromIpify() throws Exception {
    assertThat(apis.ipAddress()).isEqualTo("198.51.100.23");
  }

  @Test
  void locationGivesTheUsStateCode() throws Exception {
    assertThat(apis.location("198.51.100.23"))
        .isEqualTo(new LocationInfo("198.51.100.23", "Miami", "FL", "Florida", "United States"));
    assertThat(web.requests()).extracting(FakeWebApis.Request::path).containsExactly("/ip-api/json/198.51.100.23");
  }

  @Test
  void alertsAreSummarisedAndSentWithAUserAgent() throws Exception {
    WeatherAlerts alerts = apis.alerts("fl");

    assertThat(alerts.state()).isEqualTo("FL");
    assertThat(alerts.total()).isEqualTo(3);
    assertThat(alerts.alerts()).extracting(WeatherAlert::event)
        .containsExactly("Heat Advisory", "Rip Current Statement", "Special Weather Statement");
    assertThat(alerts.alerts().get(0).areas()).contains("Miami-Dade");
    assertThat(web.requests()).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/nws/alerts/active/area/FL");
      assertThat(r.userAgent()).isEqualTo(JsonHttpClient.USER_AGENT);
    });
  }

  @Test
  void aStateWithoutAlertsHasNone() throws Exception {
    assertThat(apis.alerts("VT")).isEqualTo(new WeatherAlerts("VT", 0, java.util.List.of()));
  }

  @Test
  void aBadStateCodeIsRejectedBeforeAnyRequest() {
    assertThatThrownBy(() -> apis.alerts("Florida")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-letter");
    assertThat(web.requests()).isEmpty();
  }

  @Test
  void theToolsOfTheAgentReturnJsonTheModelCanRead() throws Exception {
    WeatherAgent agent = new WeatherAgent(web.endpoints());
    assertThat(agent.getIpAddress()).isEqualTo("198.51.100.23");
    assertThat(agent.getWeatherAlerts("FL").total()).isEqualTo(3);
  }
}
