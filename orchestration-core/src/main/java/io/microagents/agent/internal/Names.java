package io.microagents.agent.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tool and agent naming: snake_case conversion and the names OpenAI accepts for tools. */
public final class Names {

  private static final Pattern TOOL_NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private Names() {}

  /**
   * The snake_case form of a Java identifier or a display name: {@code getWeatherAlerts},
   * {@code SeatBookingAgent} and {@code "Seat Booking Agent"} become
   * {@code get_weather_alerts}, {@code seat_booking_agent}, {@code seat_booking_agent};
   * acronyms stay together ({@code parseHTTPResponse} → {@code parse_http_response}).
   */
  public static String snakeCase(String name) {
    String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2") // fooBar -> foo_Bar
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2") // HTTPServer -> HTTP_Server
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    return s.toLowerCase(Locale.ROOT);
  }

  /** Whether OpenAI accepts this as a function name: letters, digits, _ and -, up to 64. */
  public static boolean isValidToolName(String name) {
    return TOOL_NAME.matcher(name).matches();
  }
}
