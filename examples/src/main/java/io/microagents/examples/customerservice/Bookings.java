package io.microagents.examples.customerservice;

import java.util.Map;

/** The airline's bookings, by passenger: a table in code standing in for a reservation system. */
public final class Bookings {

  private static final Map<String, String> FLIGHTS = Map.of(
      "Alex Rivera", "FLT-472",
      "Sam Chen", "FLT-118");

  private Bookings() {}

  /** The flight a passenger is booked on, or {@code "FLT-000"} when unknown. */
  public static String flightOf(String passengerName) {
    return passengerName == null ? "FLT-000" : FLIGHTS.getOrDefault(passengerName, "FLT-000");
  }
}
