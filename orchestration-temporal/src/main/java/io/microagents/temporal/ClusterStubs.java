package io.microagents.temporal;

import io.temporal.authorization.AuthorizationTokenSupplier;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The service stubs of {@link MicroagentsEnvironment} against a cluster. */
final class ClusterStubs {

  private ClusterStubs() {}

  /**
   * Stubs for this cluster (an API key or TLS, a client certificate for mTLS), connecting on a
   * daemon thread while the caller builds and registers its worker: starting the worker then
   * finds the connection made (and reports a failure to connect itself).
   *
   * @throws IllegalArgumentException when the client certificate or key cannot be read
   */
  static WorkflowServiceStubs connect(String address, String apiKey, boolean tls, Path clientCert, Path clientKey) {
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(options(address, apiKey, tls, clientCert,
        clientKey));
    Thread t = new Thread(() -> {
      try {
        service.connect(null);
      } catch (RuntimeException e) {
        // the worker's start connects again and reports it
      }
    }, "microagents-connect");
    t.setDaemon(true);
    t.start();
    return service;
  }

  private static WorkflowServiceStubsOptions options(String address, String apiKey, boolean tls, Path clientCert,
      Path clientKey) {
    WorkflowServiceStubsOptions.Builder o = WorkflowServiceStubsOptions.newBuilder().setTarget(address);
    if (apiKey != null) {
      AuthorizationTokenSupplier token = () -> apiKey;
      o.addApiKey(token).setEnableHttps(true);
    }
    if (clientCert != null) {
      try (InputStream cert = Files.newInputStream(clientCert); InputStream key = Files.newInputStream(clientKey)) {
        o.setSslContext(SimpleSslContextBuilder.forPKCS8(cert, key).build());
      } catch (Exception e) {
        throw new IllegalArgumentException("Cannot read client certificate " + clientCert + " / key " + clientKey
            + ": " + e, e);
      }
    } else if (tls) {
      o.setEnableHttps(true);
    }
    return o.build();
  }
}
