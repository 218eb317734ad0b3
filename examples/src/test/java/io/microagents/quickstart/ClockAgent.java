package io.microagents.quickstart;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** The agent of docs/quickstart.md, kept here so the guide's code is compiled and run. */
@Agent(name = "clock", instructions = "Answer questions about time. If none applies, answer in haiku.")
public class ClockAgent {

  @Tool("Returns the current time in a time zone")
  public String currentTime(@Param(name = "zone", value = "An IANA zone, e.g. Europe/Paris") String zone) {
    return java.time.ZonedDateTime.now(java.time.ZoneId.of(zone)).toString();
  }
}
