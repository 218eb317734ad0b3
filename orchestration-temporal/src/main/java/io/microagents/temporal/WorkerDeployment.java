package io.microagents.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.SetWorkerDeploymentCurrentVersionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.VersioningBehavior;
import io.temporal.common.WorkerDeploymentVersion;
import io.temporal.worker.WorkerDeploymentOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.Objects;

/**
 * A worker's place in a Temporal Worker Deployment: the deployment's name, this build's id,
 * and what runs started on this build do when a newer build becomes current —
 * {@link VersioningBehavior#PINNED} runs stay on the build they started on (they finish on its
 * workers, which you keep until the runs drain), {@link VersioningBehavior#AUTO_UPGRADE} runs
 * move to the current build at their next task (they keep the agent definition they started
 * with, so they replay there). New runs start on the current build.
 *
 * @param deploymentName the deployment, e.g. {@code "support-agents"}
 * @param buildId this build, e.g. a git commit
 * @param behavior what runs started on this build do when another build becomes current
 */
public record WorkerDeployment(String deploymentName, String buildId, VersioningBehavior behavior) {

  public WorkerDeployment {
    Objects.requireNonNull(deploymentName, "deploymentName");
    Objects.requireNonNull(buildId, "buildId");
    behavior = behavior == null ? VersioningBehavior.PINNED : behavior;
  }

  /** Runs stay on the build they started on. */
  public static WorkerDeployment pinned(String deploymentName, String buildId) {
    return new WorkerDeployment(deploymentName, buildId, VersioningBehavior.PINNED);
  }

  /** Runs move to the current build at their next task. */
  public static WorkerDeployment autoUpgrade(String deploymentName, String buildId) {
    return new WorkerDeployment(deploymentName, buildId, VersioningBehavior.AUTO_UPGRADE);
  }

  /** Worker options that put the worker in this deployment, from {@code base}. */
  public WorkerOptions apply(WorkerOptions base) {
    return WorkerOptions.newBuilder(base).setDeploymentOptions(WorkerDeploymentOptions.newBuilder()
        .setVersion(new WorkerDeploymentVersion(deploymentName, buildId))
        .setUseVersioning(true)
        .setDefaultVersioningBehavior(behavior)
        .build()).build();
  }

  /**
   * Makes this build the deployment's current one, so new runs start on it; retries while the
   * server has not yet seen this build's workers poll (at most {@code wait}). The same as
   * {@code temporal worker deployment set-current-version}.
   */
  public void makeCurrent(WorkflowClient client, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      try {
        client.getWorkflowServiceStubs().blockingStub().setWorkerDeploymentCurrentVersion(
            SetWorkerDeploymentCurrentVersionRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
                .setDeploymentName(deploymentName).setBuildId(buildId).setIdentity(client.getOptions().getIdentity())
                .build());
        return;
      } catch (StatusRuntimeException e) {
        boolean notYet = e.getStatus().getCode() == Status.Code.NOT_FOUND
            || e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION;
        if (!notYet || System.nanoTime() > deadline) {
          throw new IllegalStateException("Cannot make build '" + buildId + "' current in deployment '" + deploymentName
              + "': " + e.getStatus(), e);
        }
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while making a build current", e);
    }
  }
}
