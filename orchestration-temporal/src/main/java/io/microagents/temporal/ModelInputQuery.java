package io.microagents.temporal;

import io.temporal.workflow.QueryMethod;

/**
 * How a model activity fetches the conversation items its input only refers to (see
 * {@link MicroagentsOptions.Builder#modelInputByReference}): it asks the workflow that
 * scheduled it for the ones its worker does not have yet. Machinery, offered by every
 * durable agent workflow.
 */
public interface ModelInputQuery {

  /** The query's name. */
  String NAME = "microagents.modelInput";

  /** Items {@code from} (inclusive) to {@code to} (exclusive) of the model input recorded so far. */
  @QueryMethod(name = NAME)
  Transcript modelInput(int from, int to);
}
