package io.microagents.agent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.HandoffCallback;
import io.microagents.agent.ToolArgumentsException;
import io.microagents.run.RunContext;
import io.microagents.schema.JsonSchemas;
import io.microagents.schema.UnsupportedTypeException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;

/**
 * Calls an {@code @OnHandoff} method when the model takes the handoff, passing the
 * {@link RunContext}, the run's context object ({@code @Context}) and the typed input the
 * model wrote, whichever the method declares.
 */
final class MethodHandoffCallback implements HandoffCallback {

  private final Method method;
  private final Object target;
  private final String toolName;
  private final int inputIndex; // -1: no typed input
  private final JavaType inputType;
  private final ObjectNode schema;
  private final ContextParameter[] contextObjects; // per parameter; null where not @Context

  private MethodHandoffCallback(Method method, Object target, String toolName, int inputIndex, Type input,
      ContextParameter[] contextObjects) {
    this.method = method;
    this.contextObjects = contextObjects;
    this.target = target;
    this.toolName = toolName;
    this.inputIndex = inputIndex;
    this.inputType = input == null ? null : StrictArguments.type(input);
    this.schema = input == null ? JsonSchemas.emptyObjectSchema() : JsonSchemas.objectSchema(input);
  }

  /**
   * Reads an {@code @OnHandoff} method: public, void, taking an optional RunContext and at
   * most one typed input (a record or POJO).
   *
   * @throws AgentDefinitionException naming the method when its signature does not fit
   */
  static MethodHandoffCallback of(Method m, Object target, String toolName) {
    if (m.getReturnType() != void.class) {
      throw new AgentDefinitionException("@OnHandoff method " + Members.describe(m) + " must return void");
    }
    Type[] params = m.getGenericParameterTypes();
    ContextParameter[] contextObjects = new ContextParameter[params.length];
    int inputIndex = -1;
    int contexts = 0;
    for (int i = 0; i < params.length; i++) {
      if (ContextParameter.is(m.getParameters()[i])) {
        contextObjects[i] = ContextParameter.of(m, m.getParameters()[i], i);
      } else if (params[i] == RunContext.class) {
        contexts++;
      } else if (inputIndex < 0) {
        inputIndex = i;
      } else {
        inputIndex = Integer.MAX_VALUE;
      }
    }
    if (contexts > 1 || inputIndex == Integer.MAX_VALUE) {
      throw new AgentDefinitionException("@OnHandoff method " + Members.describe(m)
          + " must take at most a RunContext, one input (a record or POJO) and @Context parameters");
    }
    try {
      return new MethodHandoffCallback(m, target, toolName, inputIndex, inputIndex < 0 ? null : params[inputIndex],
          contextObjects);
    } catch (UnsupportedTypeException e) {
      throw new AgentDefinitionException("@OnHandoff method " + Members.describe(m) + ": its input type "
          + params[inputIndex].getTypeName() + " has no JSON schema: " + e.getMessage(), e);
    }
  }

  /** The strict schema of the handoff tool's arguments. */
  ObjectNode schema() {
    return schema;
  }

  @Override
  public void onHandoff(String argumentsJson, RunContext context) throws Exception {
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == inputIndex ? input(argumentsJson) : contextObjects[i] != null ? contextObjects[i].value(context) : context;
    }
    Members.invoke(method, target, args);
    for (int i = 0; i < args.length; i++) {
      if (contextObjects[i] != null) {
        contextObjects[i].writeBack(context, args[i]);
      }
    }
  }

  /** The typed input, bound strictly ({@link StrictArguments}) as tool arguments are. */
  private Object input(String argumentsJson) {
    JsonNode node = StrictArguments.parseObject("handoff " + toolName, argumentsJson);
    try {
      return StrictArguments.read(node, inputType);
    } catch (JsonProcessingException e) {
      throw new ToolArgumentsException("Invalid arguments for handoff " + toolName + ": not a valid "
          + inputType.getRawClass().getSimpleName() + ": " + StrictArguments.describe(e), e);
    } catch (IOException e) {
      throw new ToolArgumentsException("Invalid arguments for handoff " + toolName + ": " + e.getMessage(), e);
    }
  }
}
