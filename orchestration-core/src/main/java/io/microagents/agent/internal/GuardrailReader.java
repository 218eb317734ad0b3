package io.microagents.agent.internal;

import io.microagents.agent.AgentDefinitionException;
import io.microagents.agent.GuardrailDefinition;
import io.microagents.agent.GuardrailFunction;
import io.microagents.agent.GuardrailResult;
import io.microagents.annotations.InputGuardrail;
import io.microagents.annotations.OutputGuardrail;
import io.microagents.items.Item;
import io.microagents.items.Message;
import io.microagents.items.Role;
import io.microagents.json.Json;
import io.microagents.run.RunContext;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code @InputGuardrail} and {@code @OutputGuardrail} methods of an agent class or a
 * guardrail class and adapts each to a {@link GuardrailFunction}.
 */
final class GuardrailReader {

  private GuardrailReader() {}

  /** The input guardrails declared on {@code type}, bound to {@code instance}. */
  static List<GuardrailDefinition> input(Class<?> type, Object instance) {
    List<GuardrailDefinition> result = new ArrayList<>();
    for (Method m : Members.annotated(type, InputGuardrail.class)) {
      Class<?>[] params = checkShape(m, "@InputGuardrail", "(String or List<Item>[, RunContext])");
      boolean text = params[0] == String.class;
      if (!text && !(params[0] == List.class && isItemList(m.getGenericParameterTypes()[0]))) {
        throw badSignature(m, "@InputGuardrail", "(String or List<Item>[, RunContext])");
      }
      boolean takesContext = params.length == 2;
      GuardrailFunction f = (input, context) -> {
        Object value = text ? userText(input) : input;
        return (GuardrailResult) (takesContext ? Members.invoke(m, instance, value, context) : Members.invoke(m, instance, value));
      };
      String name = m.getAnnotation(InputGuardrail.class).name();
      result.add(new GuardrailDefinition(name.isEmpty() ? m.getName() : name, f));
    }
    return result;
  }

  /**
   * The output guardrails declared on {@code type}, bound to {@code instance}, for an agent
   * whose output is {@code outputType}. A String parameter receives text output as is and
   * structured output as JSON.
   */
  static List<GuardrailDefinition> output(Class<?> type, Object instance, Class<?> outputType) {
    List<GuardrailDefinition> result = new ArrayList<>();
    String shape = "(" + outputType.getSimpleName() + " or String or Object[, RunContext])";
    for (Method m : Members.annotated(type, OutputGuardrail.class)) {
      Class<?>[] params = checkShape(m, "@OutputGuardrail", shape);
      boolean asJson = params[0] == String.class && outputType != String.class;
      if (!asJson && !params[0].isAssignableFrom(outputType)) {
        throw badSignature(m, "@OutputGuardrail", shape);
      }
      boolean takesContext = params.length == 2;
      GuardrailFunction f = (output, context) -> {
        Object value = asJson && !(output instanceof String) ? Json.write(output) : output;
        return (GuardrailResult) (takesContext ? Members.invoke(m, instance, value, context) : Members.invoke(m, instance, value));
      };
      String name = m.getAnnotation(OutputGuardrail.class).name();
      result.add(new GuardrailDefinition(name.isEmpty() ? m.getName() : name, f));
    }
    return result;
  }

  private static Class<?>[] checkShape(Method m, String annotation, String shape) {
    Class<?>[] params = m.getParameterTypes();
    boolean ok = m.getReturnType() == GuardrailResult.class
        && (params.length == 1 || (params.length == 2 && params[1] == RunContext.class));
    if (!ok) {
      throw badSignature(m, annotation, shape);
    }
    return params;
  }

  private static boolean isItemList(Type type) {
    if (!(type instanceof ParameterizedType p)) {
      return true; // a raw List: the items are passed as they are
    }
    return p.getActualTypeArguments()[0] == Item.class;
  }

  /** The text of the user messages, one per line: what a String input guardrail reads. */
  static String userText(Object input) {
    if (input instanceof String s) {
      return s;
    }
    return ((List<?>) input).stream()
        .filter(i -> i instanceof Message msg && msg.role() == Role.USER)
        .map(i -> ((Message) i).content())
        .collect(Collectors.joining("\n"));
  }

  private static AgentDefinitionException badSignature(Method m, String annotation, String shape) {
    return new AgentDefinitionException(annotation + " method " + Members.describe(m)
        + " must return GuardrailResult and take " + shape);
  }
}
