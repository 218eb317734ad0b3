package io.microagents.run;

import io.microagents.json.Json;
import io.microagents.model.Usage;

/**
 * What a tool, guardrail, handoff callback or dynamic instructions method can know about
 * the run it is part of. Declare a parameter of this type to receive it; it is not shown to
 * the model.
 *
 * @param context the user's own context object given in {@link RunOptions}, or {@code null}
 * @param agent the name of the current agent
 * @param turn the current turn (1 for the first model call)
 * @param usage usage so far
 */
public record RunContext(Object context, String agent, int turn, Usage usage) {

  /**
   * The user's context object as its type. A durable run receives the context as JSON (a
   * {@code Map} for an object); it is converted to the type here.
   */
  public <T> T context(Class<T> type) {
    if (context == null || type.isInstance(context)) {
      return type.cast(context);
    }
    return Json.convert(context, type);
  }
}
