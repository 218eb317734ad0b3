package io.microagents.temporal.versioning;

import io.microagents.agent.AgentDefinition;
import io.microagents.agent.AgentRegistry;
import io.microagents.agent.ToolDefinition;
import io.microagents.json.Json;
import io.microagents.model.ToolSpec;
import java.util.function.UnaryOperator;

/** Builds of one agent, "booker", as a deploy changes it: tools renamed, flags and limits changed. */
final class Bookers {

  private Bookers() {}

  static ToolDefinition tool(String name) {
    return ToolDefinition.function(new ToolSpec(name, "Looks something up",
        Json.parse("{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}}}"), false),
        (args, ctx) -> name + ": " + Json.parse(args).path("q").asText());
  }

  /** The first build: instructions "v1", tools {@code lookup} and {@code book} (approved by a person), ask_human. */
  static AgentDefinition.Builder v1() {
    return AgentDefinition.builder("booker").instructions("v1").maxTurns(10)
        .tool(tool("lookup"))
        .tool(tool("book").withApproval())
        .tool(ToolDefinition.askHuman());
  }

  static AgentRegistry registry(AgentDefinition.Builder b) {
    return AgentRegistry.builder().register(b.build()).build();
  }

  /** The first build changed by {@code change}. */
  static AgentRegistry changed(UnaryOperator<AgentDefinition.Builder> change) {
    return registry(change.apply(v1()));
  }
}
