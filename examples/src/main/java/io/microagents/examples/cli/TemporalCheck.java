package io.microagents.examples.cli;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Fails fast, with one line, when a Temporal address cannot be reached: a host name that
 * does not resolve is said so before gRPC tries (and retries) it.
 */
final class TemporalCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private TemporalCheck() {}

  static void reachable(String address) {
    String host = address.substring(0, address.lastIndexOf(':'));
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new UserError("Cannot reach Temporal at " + address + ": unknown host '" + host + "'", e);
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
