package io.microagents.examples.console;

import io.microagents.console.MicroagentsConsole;
import io.microagents.examples.ExampleSession;
import io.microagents.examples.SessionSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.WebDriver;

/** A browser test's parts: headless Chromium, an example session and its console, closed after each test. */
abstract class ConsoleInBrowser {

  static final Duration WAIT = Duration.ofSeconds(60);

  WebDriver browser;
  ExampleSession session;
  MicroagentsConsole console;

  /** Starts the browser, then the session and its console as {@code examples/run console} does; returns the console's URL. */
  String open(SessionSettings settings) {
    browser = Chromium.start();
    session = ExampleSession.open(settings);
    console = ExampleConsole.builder(session).build().start();
    return "http://127.0.0.1:" + console.port();
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    if (console != null) {
      console.close();
    }
    if (session != null) {
      session.close();
    }
  }
}
