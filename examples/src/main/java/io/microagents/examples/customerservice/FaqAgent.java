package io.microagents.examples.customerservice;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** Answers frequently asked questions; hands back to triage for anything else. */
@Agent(
    name = "faq",
    handoffDescription = "Answers frequently asked questions about the airline: baggage, seats, wifi",
    handoffs = {AirlineTriageAgent.class},
    instructions = """
        You are an FAQ agent of an airline. Answer the customer's question with faq_lookup; \
        do not rely on your own knowledge. If the question is not one for the FAQ, transfer \
        back to the triage agent.""")
public class FaqAgent {

  @Tool("Looks up the answer to a frequently asked question")
  public String faqLookup(@Param(name = "question", value = "The customer's question") String question) {
    return FaqAnswers.lookup(question);
  }
}
