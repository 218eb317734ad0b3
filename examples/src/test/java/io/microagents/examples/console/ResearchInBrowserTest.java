package io.microagents.examples.console;

import static io.microagents.examples.console.Chromium.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.SessionSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A person completes the research example in the browser alone: starts it from the runs
 * page, finds its three questions in the inbox (which refreshes when they arrive), sends two
 * answers and reads the validator's refusal, sends three, and watches the run finish with the
 * searchers' text streaming in. Screenshots of the inbox and the run go to docs/images.
 */
class ResearchInBrowserTest extends ConsoleInBrowser {

  @Test
  void startAnswerAndWatchTheResearchRunFromTheBrowser() throws Exception {
    // As `examples/run console` runs it: offline, embedded, the model streaming a word every 8 ms.
    String base = open(SessionSettings.builder(new PrintStream(new ByteArrayOutputStream(), true))
        .offlinePace(Duration.ofMillis(8)).build());

    browser.get(base + "/runs");
    browser.findElement(By.xpath("//button[normalize-space()='Start research']")).click();
    until(WAIT, "the run page", () -> browser.getCurrentUrl().contains("/run?id=research-"));
    String runUrl = browser.getCurrentUrl();

    browser.get(base + "/inbox"); // likely before the questions: the page reloads when they come
    List<WebElement> fields = until(WAIT, "three questions in the inbox", () -> {
      List<WebElement> f = browser.findElements(By.cssSelector("form.answers textarea"));
      return f.size() == 3 ? f : null;
    });
    for (WebElement field : fields) { // each textarea has a label: the question
      String id = field.getAttribute("id");
      assertThat(browser.findElement(By.cssSelector("label[for='" + id + "']")).getText()).endsWith("?");
    }
    fields.get(0).sendKeys("Java and Temporal");
    fields.get(1).sendKeys("Engineers building agents");
    Chromium.screenshot(browser, "console-inbox");

    // A form with one answer too few: the workflow's validator refuses it, and nothing changes.
    ((JavascriptExecutor) browser).executeScript("arguments[0].closest('p').remove()", fields.get(2));
    browser.findElement(By.xpath("//button[normalize-space()='Send answers']")).click();
    WebElement alert = until(WAIT, "the validator's message", () -> browser.findElement(By.cssSelector("[role=alert]")));
    assertThat(alert.getText()).contains("Expected 3 answers, got 2").contains("Nothing was changed");
    assertThat(browser.findElements(By.cssSelector("form.answers textarea"))).hasSize(3);

    List<WebElement> again = browser.findElements(By.cssSelector("form.answers textarea"));
    again.get(0).sendKeys("Java and Temporal");
    again.get(1).sendKeys("Engineers building agents");
    again.get(2).sendKeys("A short report");
    browser.findElement(By.xpath("//button[normalize-space()='Send answers']")).click();
    WebElement sent = until(WAIT, "the answers sent", () -> browser.findElement(By.cssSelector("[role=status]")));
    assertThat(sent.getText()).startsWith("Answers sent to research-");
    sent.findElement(By.linkText("Watch run " + runUrl.substring(runUrl.indexOf("id=") + 3))).click();

    // The searchers' text streams in while they run, each in a branch of its own.
    until(WAIT, "a searcher's text streaming in", () -> browser.findElements(
        By.cssSelector(".branch[data-path^='searcher'] pre.text[data-streaming='true']")).stream()
        .anyMatch(t -> !t.getText().isBlank()) ? true : null);
    until(WAIT, "the run completed", () -> "completed".equals(browser.findElement(By.id("run-status")).getText()) ? true : null);
    List<WebElement> searchers = browser.findElements(By.cssSelector(".branch[data-path^='searcher']"));
    assertThat(searchers).hasSizeGreaterThanOrEqualTo(3);
    assertThat(searchers).allSatisfy(b -> assertThat(b.findElement(By.cssSelector(".status")).getText()).isEqualTo("finished"));
    assertThat(browser.findElement(By.cssSelector(".branch[data-path^='writer'] pre.output")).getText()).isNotBlank();
    assertThat(Integer.parseInt(browser.findElement(By.id("calls")).getText())).isGreaterThanOrEqualTo(9);
    ((JavascriptExecutor) browser).executeScript( // the fan-out: five searchers side by side
        "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 420)", searchers.get(0));
    Chromium.screenshot(browser, "console-run");

    browser.get(base + "/runs"); // the run, its children only inside it
    assertThat(browser.findElements(By.cssSelector("table.runs tbody tr"))).extracting(WebElement::getText)
        .singleElement().asString().startsWith("research-").contains("ResearchWorkflow").contains("completed");
  }
}
