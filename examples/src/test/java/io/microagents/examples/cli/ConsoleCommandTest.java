package io.microagents.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code console} as a person starts it: its own JVM, embedded, on a free port with a token;
 * it prints the address to open (carrying the token), serves the runs page with the research
 * form there, refuses a request without the token, and stops on a signal.
 */
class ConsoleCommandTest {

  @Test
  void printsItsAddressAndServesTheRunsPageWithTheResearchForm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "io.microagents.examples.cli.ExamplesCli", "console", "--port", "0", "--token", "t0k3n", "--offline")
        .redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String url = null;
      while (url == null) { // read up to the address, not past it: the command prints nothing more
        String line = out.readLine();
        if (line == null) {
          break;
        }
        lines.add(line);
        if (line.startsWith("Console at ")) {
          url = line.substring("Console at ".length(), line.indexOf(' ', "Console at ".length()));
        }
      }
      assertThat(url).as("printed: %s", lines).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=t0k3n");
      assertThat(lines.get(0)).startsWith("Offline:");

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> runs = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(runs.statusCode()).isEqualTo(200);
      assertThat(runs.body()).contains("<h1>Runs</h1>").contains(">Start research</button>");
      String bare = url.substring(0, url.indexOf('?')) + "inbox";
      assertThat(http.send(HttpRequest.newBuilder(URI.create(bare)).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(403);
    } finally {
      process.destroy(); // SIGTERM: the shutdown hook ends the command
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
