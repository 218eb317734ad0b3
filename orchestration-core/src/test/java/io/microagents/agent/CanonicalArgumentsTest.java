package io.microagents.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microagents.json.Json;
import io.microagents.model.ToolSpec;
import org.junit.jupiter.api.Test;

/**
 * What a person approves is the arguments as the tool takes them, in one canonical text: keys
 * in alphabetical order at every depth, whatever order the model wrote them in.
 */
class CanonicalArgumentsTest {

  private static final ToolSpec ANY = new ToolSpec("ship", "Ships", Json.parse("{\"type\":\"object\"}"), false);

  @Test
  void aHandBuiltToolsArgumentsAreParsedStrictlyAndSorted() {
    ToolDefinition ship = ToolDefinition.function(ANY, (args, ctx) -> "shipped");

    assertThat(ship.canonicalArguments("{\"b\":2, \"a\":{\"d\":[{\"z\":1,\"y\":2}],\"c\":null}}"))
        .isEqualTo("{\"a\":{\"c\":null,\"d\":[{\"y\":2,\"z\":1}]},\"b\":2}");
    assertThat(ship.canonicalArguments("")).isEqualTo("{}");
    assertThatThrownBy(() -> ship.canonicalArguments("{\"a\":1,\"a\":2}"))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("tool ship").hasMessageContaining("'a'");
    assertThatThrownBy(() -> ship.canonicalArguments("[1]"))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("expected a JSON object");
  }

  @Test
  void anAgentToolTakesExactlyItsInput() {
    ToolDefinition translate = ToolDefinition.agent(new ToolSpec("translate", "", Json.parse("{}"), true), "Translator");

    assertThat(translate.canonicalArguments("{ \"input\" : \"hello\" }")).isEqualTo("{\"input\":\"hello\"}");
    assertThatThrownBy(() -> translate.canonicalArguments("{\"input\":\"hello\",\"tone\":\"formal\"}"))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("tool translate");
    assertThatThrownBy(() -> translate.canonicalArguments("{\"input\":42}"))
        .isInstanceOf(ToolArgumentsException.class).hasMessageContaining("tool translate");
  }
}
