package io.microagents.examples.web;

import java.util.Map;

/**
 * Where the examples' web tools send their requests. The live addresses are the real
 * public services; {@link FakeWebApis#endpoints()} points every one at a local server
 * serving recorded data, so tests and {@code --offline} runs never reach the internet.
 *
 * @param ipify the IP echo service (this machine's public IP), e.g. {@code https://api.ipify.org}
 * @param ipApi the IP geolocation service, e.g. {@code http://ip-api.com}
 * @param weatherGov the US National Weather Service API, e.g. {@code https://api.weather.gov}
 * @param wikipedia the Wikipedia site whose search API the research example uses
 */
public record WebEndpoints(String ipify, String ipApi, String weatherGov, String wikipedia) {

  /** The real services. */
  public static final WebEndpoints LIVE = new WebEndpoints(
      "https://api.ipify.org", "http://ip-api.com", "https://api.weather.gov", "https://en.wikipedia.org");

  /**
   * The real services, each overridable by an environment variable
   * ({@code MICROAGENTS_IPIFY_URL}, {@code MICROAGENTS_IPAPI_URL}, {@code MICROAGENTS_WEATHER_GOV_URL},
   * {@code MICROAGENTS_WIKIPEDIA_URL}), e.g. to go through a proxy.
   */
  public static WebEndpoints fromEnv() {
    return fromEnv(System.getenv());
  }

  /** As {@link #fromEnv()}, reading the given variables. */
  public static WebEndpoints fromEnv(Map<String, String> env) {
    return new WebEndpoints(
        env.getOrDefault("MICROAGENTS_IPIFY_URL", LIVE.ipify),
        env.getOrDefault("MICROAGENTS_IPAPI_URL", LIVE.ipApi),
        env.getOrDefault("MICROAGENTS_WEATHER_GOV_URL", LIVE.weatherGov),
        env.getOrDefault("MICROAGENTS_WIKIPEDIA_URL", LIVE.wikipedia));
  }
}
