/**
 * Checks before a rollout that the build about to be deployed can take over the workflows in
 * flight: {@link io.microagents.temporal.deploy.DeployCheck} replays the histories of open (and
 * optionally recently closed) workflows against it and says, per workflow, whether it would
 * break and why — and which of the build's agent changes the run will not see, since it keeps
 * the definition it started with. {@link io.microagents.temporal.deploy.HistoryFiles} keeps
 * recorded histories replaying in a test.
 */
package io.microagents.temporal.deploy;
