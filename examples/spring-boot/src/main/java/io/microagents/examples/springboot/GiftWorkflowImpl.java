package io.microagents.examples.springboot;

import io.microagents.temporal.Agents;
import io.temporal.spring.boot.WorkflowImpl;

/**
 * The gift workflow's code: each agent a child workflow, the finder's answer the writer's
 * input. Registered by Temporal's starter ({@code @WorkflowImpl}, found through
 * {@code spring.temporal.workers-auto-discovery.packages}) on the agents' task queue.
 */
@WorkflowImpl(taskQueues = "${microagents.task-queue}")
public class GiftWorkflowImpl implements GiftWorkflow {

  @Override
  public GiftSuggestion suggest(String request) {
    String gift = Agents.run(GiftFinderAgent.class, String.class, request).trim();
    String card = Agents.run(CardWriterAgent.class, String.class, "Write the gift card for: " + gift);
    return new GiftSuggestion(gift, card);
  }
}
