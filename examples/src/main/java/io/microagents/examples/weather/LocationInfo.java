package io.microagents.examples.weather;

/**
 * Where an IP address is, as far as a geolocation service can tell.
 *
 * @param ip the address looked up
 * @param city the city, if known
 * @param state the US state's two-letter code (e.g. {@code FL}), the input of {@code get_weather_alerts}
 * @param stateName the state's full name
 * @param country the country's name
 */
public record LocationInfo(String ip, String city, String state, String stateName, String country) {}
