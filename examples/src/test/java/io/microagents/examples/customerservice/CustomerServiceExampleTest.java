package io.microagents.examples.customerservice;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.examples.CapturedSession;
import org.junit.jupiter.api.Test;

/** A conversation workflow driven by updates, with handoffs both ways and an on-handoff callback. */
class CustomerServiceExampleTest {

  @Test
  void faqThenBackToTriageThenSeatBookingWithTheFlightSetOnHandoff() throws Exception {
    try (CapturedSession s = CapturedSession.open("yes")) { // the seat change is approved
      String last = s.run(new CustomerServiceExample());

      assertThat(last).startsWith("Updated seat to 12A for confirmation number ABC123 on FLT-472.");
      assertThat(s.lines()).containsSubsequence(
          "customer: How many bags can I bring on board?",
          "handoff airline_triage -> faq",
          "tool call faq_lookup {\"question\":\"How many bags can I bring on board?\"}",
          "faq: You are allowed to bring one bag on the plane. It must be under 50 pounds and 22 inches x 14 inches x 9 inches.",
          "customer: Thanks. I'd like to change my seat.",
          "handoff faq -> airline_triage",
          "handoff airline_triage -> seat_booking",
          "seat_booking: I can change your seat. What is your confirmation number, and which seat would you like?",
          "customer: My confirmation number is ABC123 and I want seat 12A.",
          "waiting for a person: approval of update_seat {\"confirmation_number\":\"ABC123\",\"new_seat\":\"12A\"}"
              + " (asked by seat_booking; workflow " + s.session().currentRun() + " waits as long as it takes, at no cost)",
          "? Approve update_seat? (yes/no)",
          "> yes   (given with --answer)",
          "approved update_seat (update decide)",
          "conversation ended; its transcript holds 16 items");
      assertThat(s.output()).contains("update received: sendMessage");
    }
  }

  @Test
  void aRefusedSeatChangeIsNotMadeAndTheAgentSaysSo() throws Exception {
    try (CapturedSession s = CapturedSession.open("no")) {
      String last = s.run(new CustomerServiceExample());

      assertThat(last).startsWith("I did not change your seat: the change was not approved.");
      assertThat(s.lines()).contains("rejected update_seat (update decide)")
          .noneMatch(l -> l.contains("Updated seat to"));
    }
  }

  @Test
  void messagesGivenAsAnswersContinueTheConversation() throws Exception {
    try (CapturedSession s = CapturedSession.open("Is there wifi on board?")) {
      String last = s.run(new CustomerServiceExample(), "How many bags can I bring?");

      assertThat(last).contains("free wifi");
      assertThat(s.lines()).contains("customer: Is there wifi on board?");
    }
  }
}
