package io.microagents.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolException;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.ToolCall;
import io.microagents.items.ToolOutput;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import io.microagents.model.Usage;
import io.microagents.testing.ScriptedModel;
import io.microagents.testing.ScriptedStep;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The loop with function tools: hello world, one tool, parallel tools, tool and model errors. */
class ToolLoopTest {

  @Agent(name = "assistant", instructions = "You help.")
  public static class Assistant {
    static final CountDownLatch BOTH_STARTED = new CountDownLatch(2);

    @Tool("Weather for a city")
    public String getWeather(@Param(name = "city", value = "the city") String city) {
      return "Sunny in " + city;
    }

    @Tool("Slow lookup that waits for its sibling, proving the two run at once")
    public String waitForSibling(@Param(name = "key") String key) throws InterruptedException {
      BOTH_STARTED.countDown();
      if (!BOTH_STARTED.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("tools did not run concurrently");
      }
      return "value of " + key;
    }

    @Tool("Always fails")
    public String broken() {
      throw new IllegalStateException("database is down");
    }

    static final AtomicInteger BOOKINGS = new AtomicInteger();

    @Tool("Books a table")
    public String book(@Param(name = "restaurant") String restaurant) {
      BOOKINGS.incrementAndGet();
      throw new ToolException(restaurant + " is closed on Mondays");
    }
  }

  private final ScriptedModel model = new ScriptedModel();
  private final Runner runner = Runner.builder().registry(AgentRegistry.of(Assistant.class)).models(model).build();

  @Test
  void helloWorld() {
    model.thenMessage("Hello!");

    RunResult result = runner.run(Assistant.class, "Hi");

    assertThat(result.finalOutputText()).isEqualTo("Hello!");
    assertThat(result.lastAgent()).isEqualTo("assistant");
    assertThat(result.newItems()).containsExactly(Message.assistant("Hello!"));
    ModelRequest request = model.requests().get(0);
    assertThat(request.instructions()).isEqualTo("You help.");
    assertThat(request.input()).containsExactly(Message.user("Hi"));
    assertThat(request.tools()).extracting(t -> t.name()).containsExactlyInAnyOrder("get_weather", "wait_for_sibling", "broken", "book");
    model.assertAllConsumed();
  }

  @Test
  void oneTool() {
    model.thenToolCall("get_weather", "{\"city\":\"Paris\"}").thenMessage("It is sunny in Paris.");

    RunResult result = runner.run(Assistant.class, "Weather in Paris?");

    assertThat(result.finalOutputText()).isEqualTo("It is sunny in Paris.");
    assertThat(result.newItems()).containsExactly(
        new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
        ToolOutput.of("call_1", "Sunny in Paris"),
        Message.assistant("It is sunny in Paris."));
    assertThat(model.requests().get(1).input()).endsWith(ToolOutput.of("call_1", "Sunny in Paris"));
    model.assertAllConsumed();
  }

  @Test
  void aScriptedStepMayAnswerFromTheRequest() {
    model.thenToolCall("get_weather", "{\"city\":\"Paris\"}")
        .thenAnswer(request -> {
          ToolOutput weather = (ToolOutput) request.input().get(request.input().size() - 1);
          return new ModelResponse(List.of(Message.assistant("Paris: " + weather.output())), Usage.EMPTY, null);
        });

    assertThat(runner.run(Assistant.class, "Weather in Paris?").finalOutputText()).isEqualTo("Paris: Sunny in Paris");
  }

  @Test
  void toolsOfOneResponseRunConcurrentlyAndAnswerInModelOrder() {
    model.then(ScriptedStep.toolCall("wait_for_sibling", "{\"key\":\"a\"}")
            .andToolCall("get_weather", "{\"city\":\"Oslo\"}")
            .andToolCall("wait_for_sibling", "{\"key\":\"b\"}"))
        .thenMessage("done");

    RunResult result = runner.run(Assistant.class, "go");

    List<Item> outputs = result.newItems().stream().filter(i -> i instanceof ToolOutput).toList();
    assertThat(outputs).containsExactly(
        ToolOutput.of("call_1", "value of a"),
        ToolOutput.of("call_2", "Sunny in Oslo"),
        ToolOutput.of("call_3", "value of b"));
  }

  @Test
  void twoCallsSharingAnIdBothRunAndEachGetsItsOwnOutput() {
    model.thenAnswer(request -> new ModelResponse(List.of(
            new ToolCall("c1", "get_weather", "{\"city\":\"Paris\"}"),
            new ToolCall("c1", "get_weather", "{\"city\":\"Rome\"}")), Usage.EMPTY, "dup"))
        .thenMessage("Sunny in both.");

    RunResult result = runner.run(Assistant.class, "Paris and Rome?");

    List<Item> turn = List.of(
        new ToolCall("c1", "get_weather", "{\"city\":\"Paris\"}"),
        new ToolCall("c1#2", "get_weather", "{\"city\":\"Rome\"}"),
        ToolOutput.of("c1", "Sunny in Paris"),
        ToolOutput.of("c1#2", "Sunny in Rome"));
    assertThat(result.newItems()).startsWith(turn.toArray(Item[]::new));
    assertThat(model.requests().get(1).input()).endsWith(turn.toArray(Item[]::new));
  }

  @Test
  void toolErrorGoesBackToTheModel() {
    model.thenToolCall("broken", "{}").thenMessage("Sorry, the database is down.");

    RunResult result = runner.run(Assistant.class, "go");

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("broken").contains("database is down");
    assertThat(result.finalOutputText()).isEqualTo("Sorry, the database is down.");
  }

  @Test
  void aToolExceptionGoesToTheModelOnceWithItsMessage() {
    Assistant.BOOKINGS.set(0);
    model.thenToolCall("book", "{\"restaurant\":\"Chez Paul\"}").thenMessage("It is closed today.");

    RunResult result = runner.run(Assistant.class, "Book Chez Paul");

    assertThat(Assistant.BOOKINGS).hasValue(1);
    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).isEqualTo(
        "An error occurred while running the tool book. Please try again. Error: Chez Paul is closed on Mondays");
  }

  @Test
  void toolErrorCanFailTheRun() {
    model.thenToolCall("broken", "{}");

    assertThatThrownBy(() -> runner.run(Assistant.class, "go",
            RunOptions.builder().toolErrors(ErrorPolicy.FAIL_RUN).build()))
        .isInstanceOf(ToolFailedException.class)
        .hasMessageContaining("broken")
        .hasMessageContaining("database is down");
  }

  @Test
  void unknownToolIsReportedToTheModel() {
    model.thenToolCall("launch_rocket", "{}").thenMessage("I cannot do that.");

    RunResult result = runner.run(Assistant.class, "go");

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("launch_rocket").contains("get_weather");
    assertThat(result.finalOutputText()).isEqualTo("I cannot do that.");
  }

  @Test
  void unknownToolCanFailTheRun() {
    model.thenToolCall("launch_rocket", "{}");

    assertThatThrownBy(() -> runner.run(Assistant.class, "go",
            RunOptions.builder().modelErrors(ErrorPolicy.FAIL_RUN).build()))
        .isInstanceOf(ModelBehaviorException.class)
        .hasMessageContaining("launch_rocket");
  }

  @Test
  void invalidJsonArgumentsAreReportedToTheModel() {
    model.thenToolCall("get_weather", "{city: Paris").thenMessage("Let me fix that.");

    RunResult result = runner.run(Assistant.class, "go");

    ToolOutput out = (ToolOutput) result.newItems().get(1);
    assertThat(out.error()).isTrue();
    assertThat(out.output()).contains("get_weather");
    assertThat(model.requests().get(1).input()).contains(out);
  }
}
