package io.microagents.run;

import io.microagents.items.ToolCall;

/**
 * Answers for a person when an in-process run needs one: approving a tool call, answering
 * a question. Durable runs wait for workflow updates instead.
 */
public interface HumanHandler {

  /** Refuses approvals and questions, saying that nobody is there to answer. */
  HumanHandler NONE = new HumanHandler() {
    @Override
    public ApprovalDecision approve(String agent, ToolCall call) {
      return ApprovalDecision.reject("no person is available to approve this call");
    }

    @Override
    public String answer(String agent, String question) {
      return "No person is available to answer; continue with your best judgement.";
    }
  };

  /** Decides whether a tool call that needs approval may run. */
  ApprovalDecision approve(String agent, ToolCall call);

  /** Answers a question the agent asked. */
  String answer(String agent, String question);
}
