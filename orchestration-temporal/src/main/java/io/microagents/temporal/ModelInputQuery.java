package io.microagents.temporal;

import io.temporal.workflow.QueryMethod;

/**
 * How a model activity fetches the conversation items its input only refers to (see
 * {@link MicroagentsOptions.Builder#modelInputByReference}): it asks the workflow that
 * scheduled it. Machinery, offered by every durable agent workflow.
 */
public interface ModelInputQuery {

  /** The query's name. */
  String NAME = "microagents.modelInput";

  /** The first {@code count} items of the input of the model call in flight. */
  @QueryMethod(name = NAME)
  Transcript modelInput(int count);
}
