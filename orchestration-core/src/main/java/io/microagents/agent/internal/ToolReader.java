package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.ToolDefinition;
import io.microagents.annotations.Tool;
import io.microagents.model.ToolSpec;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Turns the {@code @Tool} methods of an agent class into function tool definitions. */
final class ToolReader {

  private ToolReader() {}

  /**
   * Reads every {@code @Tool} method of the class, bound to {@code instance}.
   *
   * @throws AgentDefinitionException naming the class and method at fault
   */
  static List<ToolDefinition> read(Class<?> agentClass, Object instance) {
    List<ToolDefinition> tools = new ArrayList<>();
    for (Method m : Members.annotated(agentClass, Tool.class)) {
      tools.add(read(m, instance));
    }
    return tools;
  }

  private static ToolDefinition read(Method m, Object instance) {
    Tool tool = m.getAnnotation(Tool.class);
    String name = tool.name().isEmpty() ? Names.snakeCase(m.getName()) : tool.name();
    if (!Names.isValidToolName(name)) {
      throw new AgentDefinitionException("Tool method " + Members.describe(m) + ": tool name '" + name
          + "' is invalid; use 1 to 64 letters, digits, '_' or '-'");
    }
    ParameterBinder binder = ParameterBinder.of(m);
    ToolSpec spec = new ToolSpec(name, tool.value(), binder.schema(), true);
    return new ToolDefinition(spec, ToolDefinition.Kind.FUNCTION, new MethodToolInvoker(name, instance, binder),
        null, tool.inline(), tool.needsApproval(), m);
  }
}
