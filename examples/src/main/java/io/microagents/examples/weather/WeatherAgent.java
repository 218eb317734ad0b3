package io.microagents.examples.weather;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import io.microagents.examples.web.WebEndpoints;

/**
 * The talk's weather agent: three tools the model chains on its own to answer "Are there
 * any weather alerts where I am?" — IP, then state, then alerts. Answers in haiku when no
 * tool fits. Run durably, each tool call is an activity named after the tool.
 */
@Agent(
    name = "weather",
    handoffDescription = "Answers questions about the weather and weather alerts where the user is",
    instructions = """
        You are a helpful weather assistant. To find weather alerts where the user is, \
        get their IP address, then the US state of that IP, then the active alerts of that \
        state. Summarise the alerts in a few short lines. If no tool fits the request, \
        answer in haiku.""")
public class WeatherAgent {

  private final WeatherApis apis;

  /** Calls the web services at these addresses. */
  public WeatherAgent(WebEndpoints endpoints) {
    this.apis = new WeatherApis(endpoints);
  }

  @Tool("Returns the public IP address of the machine the user is on")
  public String getIpAddress() throws Exception {
    return apis.ipAddress();
  }

  @Tool("Returns where an IP address is: city, US state code and name, country")
  public LocationInfo getLocationInfo(@Param(name = "ip", value = "An IPv4 or IPv6 address") String ip)
      throws Exception {
    return apis.location(ip);
  }

  @Tool("Returns the active weather alerts of a US state from the National Weather Service")
  public WeatherAlerts getWeatherAlerts(
      @Param(name = "state", value = "Two-letter US state code, e.g. FL") String state) throws Exception {
    return apis.alerts(state);
  }
}
