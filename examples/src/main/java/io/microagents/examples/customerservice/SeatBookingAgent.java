package io.microagents.examples.customerservice;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Context;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/**
 * Changes a passenger's seat, once a person approved the change (the call waits in the
 * terminal, the web console or {@code attach} until someone decides); hands back to triage
 * for anything else.
 */
@Agent(
    name = "seat_booking",
    handoffDescription = "Changes the seat of a booked passenger",
    handoffs = {AirlineTriageAgent.class},
    instructions = """
        You are a seat booking agent of an airline. Ask for the confirmation number and the \
        seat the customer wants if you do not have them, then change the seat with \
        update_seat. If the customer asks something unrelated, transfer back to the triage agent.""")
public class SeatBookingAgent {

  @Tool(value = "Changes the seat of the booking with this confirmation number", needsApproval = true)
  public String updateSeat(
      @Param(name = "confirmation_number", value = "The booking's confirmation number") String confirmationNumber,
      @Param(name = "new_seat", value = "The new seat, e.g. 12A") String newSeat,
      @Context AirlineContext airline) {
    String flight = airline == null || airline.getFlightNumber() == null ? "your flight" : airline.getFlightNumber();
    if (airline != null) { // seen by later steps in-process; a durable tool works on a copy
      airline.setConfirmationNumber(confirmationNumber);
      airline.setSeatNumber(newSeat);
    }
    return "Updated seat to " + newSeat + " for confirmation number " + confirmationNumber + " on " + flight + ".";
  }
}
