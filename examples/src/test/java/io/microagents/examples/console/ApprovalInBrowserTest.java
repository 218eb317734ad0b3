package io.microagents.examples.console;

import static io.microagents.examples.console.Chromium.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.SessionSettings;
import io.microagents.examples.customerservice.CustomerServiceExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The customer-service example as {@code examples/run customer-service} runs it with nobody at
 * its terminal: its seat change waits for a person's approval, the call shows in the inbox with
 * its arguments, a person approves it in the browser, the conversation gets the reply, and
 * another person's open inbox refreshes by itself.
 */
class ApprovalInBrowserTest extends ConsoleInBrowser {

  @Test
  void theExamplesSeatChangeIsApprovedInTheInboxAndTheCustomerGetsTheReply() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String base = open(SessionSettings.builder(new PrintStream(printed, true, StandardCharsets.UTF_8)).build());
    CustomerServiceExample example = new CustomerServiceExample();
    CompletableFuture<String> lastReply = CompletableFuture.supplyAsync(() -> { // the terminal, nobody at it
      try {
        return example.run(session, example.defaultInput());
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });

    String inbox = base + "/inbox";
    browser.get(inbox); // a second person has the inbox open too
    until(WAIT, "the approval in the other person's inbox", () -> browser.findElement(By.cssSelector("form.approval")));
    String other = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(inbox);
    WebElement form = until(WAIT, "the approval in the inbox", () -> browser.findElement(By.cssSelector("form.approval")));
    assertThat(form.findElement(By.cssSelector(".tool")).getText()).isEqualTo("update_seat");
    assertThat(form.findElement(By.cssSelector("pre.arguments")).getText())
        .isEqualTo("{\"confirmation_number\":\"ABC123\",\"new_seat\":\"12A\"}");
    assertThat(lastReply).isNotDone();
    form.findElement(By.xpath(".//button[normalize-space()='Approve']")).click();

    WebElement done = until(WAIT, "the approval sent", () -> browser.findElement(By.cssSelector("[role=status]")));
    String id = session.currentRun();
    assertThat(done.getText()).startsWith("Approved the tool call of " + id);
    assertThat(lastReply.get(30, TimeUnit.SECONDS)).startsWith("Updated seat to 12A for confirmation number ABC123");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("waiting for a person: approval of update_seat")
        .contains("nobody at this terminal to decide: approve or reject it in the web console");
    assertThat(browser.findElements(By.cssSelector("form.approval"))).isEmpty();

    browser.switchTo().window(other); // the other person's page refreshed by itself: nothing left to approve
    until(WAIT, "the other inbox refreshed", () -> browser.findElements(By.cssSelector("form.approval")).isEmpty()
        && browser.getPageSource().contains("Nothing waits for a person.") ? true : null);
  }
}
