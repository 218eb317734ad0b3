package io.microagents.examples.customerservice;

import io.microagents.json.Json;
import java.util.Map;

/**
 * What the airline agents know about the customer, shared by the agents of one
 * conversation through the run's context object. Mutable on purpose: handoff callbacks and
 * tools fill it in as the conversation goes. A plain bean so it serializes with Jackson.
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

  /**
   * Reads a context as it reaches a handoff callback or a tool: this class in-process; once
   * it has crossed a workflow or activity boundary, the JSON map Jackson made of it.
   */
  public static AirlineContext of(Object context) {
    if (context instanceof AirlineContext c) {
      return c;
    }
    return context == null ? new AirlineContext() : Json.convert(context, AirlineContext.class);
  }

  /** Sets one field in a context that is this class or its JSON map, so the change is seen by later steps. */
  @SuppressWarnings("unchecked")
  public static void put(Object context, String field, String value) {
    if (context instanceof AirlineContext c) {
      Map<String, Object> fields = new java.util.HashMap<>(Json.convert(c, Map.class));
      fields.put(field, value);
      AirlineContext updated = Json.convert(fields, AirlineContext.class);
      c.passengerName = updated.passengerName;
      c.confirmationNumber = updated.confirmationNumber;
      c.seatNumber = updated.seatNumber;
      c.flightNumber = updated.flightNumber;
    } else if (context instanceof Map<?, ?> map) {
      ((Map<String, Object>) map).put(field, value);
    }
  }
}
