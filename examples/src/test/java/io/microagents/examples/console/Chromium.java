package io.microagents.examples.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for the console's browser tests: the Debian packages
 * {@code chromium} and {@code chromium-driver} (scripts/chromium.sh installs them), driven
 * through WebDriver with the driver's path given, so Selenium Manager never downloads
 * anything. Where they are missing the tests are skipped, saying which script to run.
 */
final class Chromium {

  static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

  private Chromium() {}

  /**
   * A headless browser; skips the test (an assumption) when Chromium or its driver is
   * missing, or fails it when {@code REQUIRE_CHROMIUM=1} (as .ci/run sets once it installed them).
   */
  static WebDriver start() {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    String missing = "Chromium not found (" + BROWSER + ", " + DRIVER + "): browser tests SKIPPED; run scripts/chromium.sh install";
    if (!present && "1".equals(System.getenv("REQUIRE_CHROMIUM"))) {
      throw new AssertionError(missing.replace("SKIPPED", "required (REQUIRE_CHROMIUM=1)"));
    }
    assumeTrue(present, missing);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--no-first-run", "--disable-extensions", "--disable-background-networking",
        "--disable-sync", "--disable-component-update", "--lang=en-US");
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** Saves a screenshot of the page as {@code docs/images/<name>.png}, where the docs show it. */
  static void screenshot(WebDriver driver, String name) throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path images = (Files.isDirectory(root.resolve("docs")) ? root : root.getParent()).resolve("docs/images");
    Files.createDirectories(images);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), images.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Polls until {@code check} gives a non-null value, at most {@code timeout}; fails with {@code what}. */
  static <T> T until(Duration timeout, String what, Supplier<T> check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T value = check.get();
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (RuntimeException e) { // a page reloading under us: look again
        last = e;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    throw new AssertionError("Not within " + timeout + ": " + what, last);
  }
}
