package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.DynamicInstructions;
import io.microagents.annotations.Agent;
import io.microagents.annotations.Instructions;
import io.microagents.run.RunContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads an agent's instructions: inline, from a classpath resource, or an {@code @Instructions} method. */
final class InstructionsReader {

  private InstructionsReader() {}

  /** The static instructions of the agent class. */
  static String staticInstructions(Class<?> agentClass, Agent agent) {
    if (agent.instructionsResource().isEmpty()) {
      return agent.instructions();
    }
    if (!agent.instructions().isEmpty()) {
      throw new AgentDefinitionException("Agent class " + agentClass.getName()
          + " sets both instructions and instructionsResource; keep one");
    }
    String path = agent.instructionsResource();
    try (InputStream in = open(agentClass, path)) {
      if (in == null) {
        throw new AgentDefinitionException("Agent class " + agentClass.getName() + ": instructionsResource '"
            + path + "' is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AgentDefinitionException("Agent class " + agentClass.getName() + ": cannot read instructionsResource '"
          + path + "': " + e.getMessage(), e);
    }
  }

  /** The {@code @Instructions} method bound to {@code instance}, or {@code null} when there is none. */
  static DynamicInstructions dynamicInstructions(Class<?> agentClass, Object instance) {
    List<Method> methods = Members.annotated(agentClass, Instructions.class);
    if (methods.isEmpty()) {
      return null;
    }
    if (methods.size() > 1) {
      throw new AgentDefinitionException("Agent class " + agentClass.getName() + " has more than one @Instructions method: "
          + Members.describe(methods.get(0)) + " and " + Members.describe(methods.get(1)));
    }
    Method m = methods.get(0);
    Class<?>[] params = m.getParameterTypes();
    boolean takesObject = params.length == 1 && ContextParameter.is(m.getParameters()[0]);
    boolean takesContext = params.length == 1 && params[0] == RunContext.class && !takesObject;
    if (m.getReturnType() != String.class || !(params.length == 0 || takesContext || takesObject)) {
      throw new AgentDefinitionException("@Instructions method " + Members.describe(m)
          + " must return String and take nothing, a RunContext or a @Context parameter");
    }
    if (takesObject) {
      ContextParameter object = ContextParameter.of(m, m.getParameters()[0], 0);
      return context -> {
        Object value = object.value(context);
        String text = (String) Members.invoke(m, instance, value);
        object.writeBack(context, value);
        return text;
      };
    }
    return context -> (String) (takesContext ? Members.invoke(m, instance, context) : Members.invoke(m, instance));
  }

  // Relative to the class's package unless it starts with '/', then from the classpath root.
  private static InputStream open(Class<?> agentClass, String path) {
    InputStream in = agentClass.getResourceAsStream(path);
    if (in == null && !path.startsWith("/")) {
      ClassLoader loader = agentClass.getClassLoader() != null ? agentClass.getClassLoader() : ClassLoader.getSystemClassLoader();
      in = loader.getResourceAsStream(path);
    }
    return in;
  }
}
