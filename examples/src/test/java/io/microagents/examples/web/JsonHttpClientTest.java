package io.microagents.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A web tool that fails says which URL and why: what the model, and the person, read. */
class JsonHttpClientTest {

  private final JsonHttpClient http = new JsonHttpClient();

  @Test
  void aRefusedConnectionNamesTheUrlAndTheRefusal() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort + "/alerts/active/area/FL";

    assertThatThrownBy(() -> http.get(url)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("GET " + url + " failed: ")
        .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("connection refused"));
  }

  @Test
  void anUnknownHostIsSaidSo() {
    String url = "http://no-such-host.invalid/json";

    assertThatThrownBy(() -> http.get(url)).isInstanceOf(IOException.class)
        .hasMessage("GET " + url + " failed: unknown host");
  }

  @Test
  void anErrorStatusComesWithTheStartOfTheBody() {
    try (FakeWebApis web = FakeWebApis.start()) {
      String url = web.endpoints().weatherGov() + "/no/such/path";

      assertThatThrownBy(() -> http.get(url)).isInstanceOf(IOException.class)
          .hasMessageStartingWith("GET " + url + " answered HTTP 404: ")
          .hasMessageContaining("FakeWebApis has no data for");
    }
  }
}
