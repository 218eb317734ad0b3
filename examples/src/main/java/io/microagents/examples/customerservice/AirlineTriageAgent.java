package io.microagents.examples.customerservice;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Context;
import io.microagents.annotations.OnHandoff;

/**
 * The airline's front desk: hands questions to the FAQ agent and seat changes to seat
 * booking; both hand back here. The handoff to seat booking sets the flight number of the
 * customer's booking in the conversation's context, as the OpenAI Agents SDK example does.
 */
@Agent(
    name = "airline_triage",
    handoffDescription = "Routes the customer's request to the right airline agent",
    handoffs = {FaqAgent.class, SeatBookingAgent.class},
    instructions = """
        You are a helpful triage agent of an airline. Hand off questions about baggage, seats \
        or wifi to the FAQ agent and seat changes to the seat booking agent.""")
public class AirlineTriageAgent {

  @OnHandoff(SeatBookingAgent.class)
  public void onSeatBooking(@Context AirlineContext airline) {
    if (airline != null) { // kept for the rest of the conversation: a callback is workflow code
      airline.setFlightNumber(Bookings.flightOf(airline.getPassengerName()));
    }
  }
}
