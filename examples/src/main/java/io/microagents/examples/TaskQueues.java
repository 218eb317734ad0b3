package io.microagents.examples;

/**
 * The task queues an example run's workers poll. Offline and online workers poll different
 * queues by default ({@code microagents-offline}, {@code microagents-online}), so a worker
 * with a scripted model never takes an online run's model calls, or the other way round;
 * {@code --task-queue} chooses another name, e.g. to keep workers of other settings (another
 * model server, another build) apart.
 *
 * @param agents the queue of the agent, conversation and research workflows and their activities
 */
public record TaskQueues(String agents) {

  /** The default queue of a mode. */
  public static TaskQueues forMode(boolean offline) {
    return new TaskQueues(offline ? "microagents-offline" : "microagents-online");
  }

  public TaskQueues {
    if (agents == null || agents.isBlank()) {
      throw new IllegalArgumentException("a task queue needs a name");
    }
  }

  /**
   * The bare agentic loop's queue: its own, because its worker holds a dynamic activity that
   * would take every activity type scheduled on a queue it shared.
   */
  public String agenticLoop() {
    return agents + "-agentic-loop";
  }
}
