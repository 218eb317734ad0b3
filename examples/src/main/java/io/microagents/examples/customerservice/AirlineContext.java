package io.microagents.examples.customerservice;

/**
 * What the airline agents know about the customer, shared by the agents of one
 * conversation through the run's context object, which agents take as a {@code @Context}
 * parameter. Mutable on purpose: the handoff callback fills in the flight as the
 * conversation goes. A plain bean so it serializes with Jackson.
 */
public class AirlineContext {

  private String passengerName;
  private String confirmationNumber;
  private String seatNumber;
  private String flightNumber;

  /** An empty context, for Jackson. */
  public AirlineContext() {}

  /** A context for a known passenger. */
  public AirlineContext(String passengerName) {
    this.passengerName = passengerName;
  }

  /** The passenger's name. */
  public String getPassengerName() { return passengerName; }

  public void setPassengerName(String v) { this.passengerName = v; }

  /** The booking's confirmation number, once known. */
  public String getConfirmationNumber() { return confirmationNumber; }

  public void setConfirmationNumber(String v) { this.confirmationNumber = v; }

  /** The seat, once changed. */
  public String getSeatNumber() { return seatNumber; }

  public void setSeatNumber(String v) { this.seatNumber = v; }

  /** The flight, set when the conversation is handed to seat booking. */
  public String getFlightNumber() { return flightNumber; }

  public void setFlightNumber(String v) { this.flightNumber = v; }
}
