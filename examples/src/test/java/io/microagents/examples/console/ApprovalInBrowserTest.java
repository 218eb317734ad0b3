package io.microagents.examples.console;

import static io.microagents.examples.console.Chromium.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.console.MicroagentsConsole;
import io.microagents.examples.ExampleAgents;
import io.microagents.examples.customerservice.AirlineContext;
import io.microagents.examples.customerservice.CustomerServiceExample;
import io.microagents.examples.web.WebEndpoints;
import io.microagents.run.RunOptions;
import io.microagents.temporal.AgentClient;
import io.microagents.temporal.MicroagentsEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The customer-service conversation with its seat change held for a person's approval: the
 * call waits in the inbox with its arguments, the person approves it in the browser, the
 * customer gets the reply, and another person's open inbox refreshes by itself.
 */
class ApprovalInBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private MicroagentsEnvironment env;
  private MicroagentsConsole console;
  private WebDriver browser;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
    if (console != null) {
      console.close();
    }
    if (env != null) {
      env.close();
    }
  }

  @Test
  void aSeatChangeIsApprovedInTheInboxAndTheCustomerGetsTheReply() throws Exception {
    browser = Chromium.start();
    env = MicroagentsEnvironment.builder().registry(seatChangesNeedApproval()).models(ExampleAgents.offlineModel()).build();
    AgentClient client = env.client();
    String id = "customer-service-approval";
    client.startConversation("airline_triage", id,
        RunOptions.builder().context(new AirlineContext(CustomerServiceExample.PASSENGER)).build());
    List<String> messages = new CustomerServiceExample().defaultInput();
    client.send(id, messages.get(0));
    client.send(id, messages.get(1));
    CompletableFuture<String> reply = client.sendAsync(id, messages.get(2)); // its seat change waits for a person
    console = MicroagentsConsole.builder(client).build().start();

    String inbox = "http://127.0.0.1:" + console.port() + "/inbox";
    browser.get(inbox); // a second person has the inbox open too
    until(WAIT, "the approval in the other person's inbox", () -> browser.findElement(By.cssSelector("form.approval")));
    String other = browser.getWindowHandle();
    browser.switchTo().newWindow(WindowType.TAB);
    browser.get(inbox);
    WebElement form = until(WAIT, "the approval in the inbox", () -> browser.findElement(By.cssSelector("form.approval")));
    assertThat(form.findElement(By.cssSelector(".tool")).getText()).isEqualTo("update_seat");
    assertThat(form.findElement(By.cssSelector("pre.arguments")).getText())
        .isEqualTo("{\"confirmation_number\":\"ABC123\",\"new_seat\":\"12A\"}");
    assertThat(reply).isNotDone();
    form.findElement(By.xpath(".//button[normalize-space()='Approve']")).click();

    WebElement done = until(WAIT, "the approval sent", () -> browser.findElement(By.cssSelector("[role=status]")));
    assertThat(done.getText()).startsWith("Approved the tool call of " + id);
    assertThat(reply.get(30, TimeUnit.SECONDS)).startsWith("Updated seat to 12A for confirmation number ABC123");
    assertThat(browser.findElements(By.cssSelector("form.approval"))).isEmpty();

    browser.switchTo().window(other); // the other person's page refreshed by itself: nothing left to approve
    until(WAIT, "the other inbox refreshed", () -> browser.findElements(By.cssSelector("form.approval")).isEmpty()
        && browser.getPageSource().contains("Nothing waits for a person.") ? true : null);
  }

  /** The example's agents, its seat change held for a person's approval. */
  private static AgentRegistry seatChangesNeedApproval() {
    AgentRegistry base = ExampleAgents.registry(WebEndpoints.fromEnv());
    AgentRegistry.Builder registry = AgentRegistry.builder();
    for (AgentDefinition agent : base.agents()) {
      if (!agent.name().equals("seat_booking")) {
        registry.register(agent);
        continue;
      }
      AgentDefinition.Builder held = AgentDefinition.builder(agent.name()).instructions(agent.instructions())
          .dynamicInstructions(agent.dynamicInstructions()).handoffDescription(agent.handoffDescription())
          .model(agent.model()).modelSettings(agent.modelSettings()).output(agent.outputType(), agent.outputSpec())
          .toolUseBehavior(agent.toolUseBehavior()).stopAtTools(agent.stopAtTools()).maxTurns(agent.maxTurns())
          .agentClass(agent.agentClass());
      for (ToolDefinition tool : agent.tools()) {
        held.tool(tool.spec().name().equals("update_seat") ? tool.withApproval() : tool);
      }
      agent.handoffs().forEach(held::handoff);
      agent.inputGuardrails().forEach(held::inputGuardrail);
      agent.outputGuardrails().forEach(held::outputGuardrail);
      registry.register(held.build());
    }
    return registry.build();
  }
}
