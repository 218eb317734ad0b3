package io.microagents.temporal.internal;

import io.microagents.temporal.MicroagentsOptions;
import io.temporal.client.WorkflowClient;

/** Checks made by a client before it starts a run, so a start the server would refuse fails here, clearly. */
public final class StartChecks {

  private StartChecks() {}

  /**
   * @throws IllegalArgumentException when the input is over the payload limit and the client
   *     has no External Storage to hold it
   */
  public static void fits(WorkflowClient client, Object input, String what) {
    if (PayloadLimit.stored(client)) {
      return;
    }
    int limit = MicroagentsOptions.DEFAULT_PAYLOAD_LIMIT;
    long size = PayloadLimit.size(input, limit);
    if (size > limit) {
      throw new IllegalArgumentException(PayloadLimit.message(what, size, limit));
    }
  }
}
