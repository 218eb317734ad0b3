package io.microagents.examples.offline;

import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;

/**
 * How one agent answers offline: a pure function of the request (the conversation so far),
 * so it gives the same answer wherever and however often it is asked — across parallel
 * runs, a long-lived worker, or a worker restarted after a crash.
 */
@FunctionalInterface
public interface AgentScript {

  /** The model's answer to this request. */
  ModelResponse reply(ModelRequest request);
}
