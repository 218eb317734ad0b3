package io.microagents.examples.cli;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;

/** Fails fast, with one line, when a Temporal address cannot be reached. */
final class TemporalCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private TemporalCheck() {}

  static void reachable(String address) {
    if (!address.matches("[^:/\\s]+:\\d{1,5}")) {
      throw new UserError("--temporal must be host:port, e.g. localhost:7233; got '" + address + "'");
    }
    WorkflowServiceStubs stubs = null;
    try {
      stubs = WorkflowServiceStubs.newConnectedServiceStubs(
          WorkflowServiceStubsOptions.newBuilder().setTarget(address).build(), TIMEOUT);
    } catch (RuntimeException e) {
      String reason = e instanceof io.grpc.StatusRuntimeException s && s.getStatus().getDescription() != null
          ? s.getStatus().getDescription() : e.getMessage();
      throw new UserError("Cannot reach Temporal at " + address + ": " + reason + " (is the server running?)", e);
    } finally {
      if (stubs != null) {
        stubs.shutdownNow();
      }
    }
  }
}
