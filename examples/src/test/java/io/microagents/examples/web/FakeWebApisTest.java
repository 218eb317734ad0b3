package io.microagents.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake serves recorded data over real HTTP on the loopback interface, and 404 for the rest. */
class FakeWebApisTest {

  private final FakeWebApis apis = FakeWebApis.start();
  private final JsonHttpClient http = new JsonHttpClient();

  @AfterEach
  void stop() {
    apis.close();
  }

  @Test
  void endpointsPointAtTheLoopbackInterface() {
    WebEndpoints e = apis.endpoints();
    assertThat(e.ipify()).startsWith("http://127.0.0.1:");
    assertThat(e.ipApi()).startsWith("http://127.0.0.1:");
    assertThat(e.weatherGov()).startsWith("http://127.0.0.1:");
    assertThat(e.wikipedia()).startsWith("http://127.0.0.1:");
  }

  @Test
  void servesRecordedJsonAndRecordsTheRequest() throws Exception {
    assertThat(http.get(apis.endpoints().ipify() + "?format=json").path("ip").asText()).isEqualTo("198.51.100.23");

    assertThat(apis.requests()).singleElement().satisfies(r -> {
      assertThat(r.path()).isEqualTo("/ipify");
      assertThat(r.query()).isEqualTo("format=json");
      assertThat(r.userAgent()).isEqualTo(JsonHttpClient.USER_AGENT);
    });
  }

  @Test
  void unknownPathsAre404AndTheClientSaysWhichUrl() {
    String url = apis.endpoints().ipify().replace("/ipify", "/nothing");
    assertThatThrownBy(() -> http.get(url)).isInstanceOf(IOException.class).hasMessageContaining(url).hasMessageContaining("404");
  }
}
