package io.microagents.examples.weather;

/**
 * One active weather alert, reduced to what a person needs: the model sees these few fields
 * rather than the National Weather Service's whole GeoJSON feature.
 *
 * @param event the kind of alert, e.g. "Heat Advisory"
 * @param severity e.g. "Moderate"
 * @param headline the one-line headline
 * @param areas the areas it covers
 */
public record WeatherAlert(String event, String severity, String headline, String areas) {}
