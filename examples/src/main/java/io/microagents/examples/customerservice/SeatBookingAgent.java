package io.microagents.examples.customerservice;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.run.RunContext;

/** Changes a passenger's seat; hands back to triage for anything else. */
@Agent(
    name = "seat_booking",
    handoffDescription = "Changes the seat of a booked passenger",
    handoffs = {AirlineTriageAgent.class},
    instructions = """
        You are a seat booking agent of an airline. Ask for the confirmation number and the \
        seat the customer wants if you do not have them, then change the seat with \
        update_seat. If the customer asks something unrelated, transfer back to the triage agent.""")
public class SeatBookingAgent {

  @Tool("Changes the seat of the booking with this confirmation number")
  public String updateSeat(
      @Param(name = "confirmation_number", value = "The booking's confirmation number") String confirmationNumber,
      @Param(name = "new_seat", value = "The new seat, e.g. 12A") String newSeat,
      RunContext run) {
    String flight = AirlineContext.of(run.context()).getFlightNumber();
    AirlineContext.put(run.context(), "confirmationNumber", confirmationNumber);
    AirlineContext.put(run.context(), "seatNumber", newSeat);
    flight = flight == null ? "your flight" : flight;
    return "Updated seat to " + newSeat + " for confirmation number " + confirmationNumber + " on " + flight + ".";
  }
}
