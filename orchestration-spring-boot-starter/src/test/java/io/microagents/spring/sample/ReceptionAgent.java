package io.microagents.spring.sample;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;
import org.springframework.stereotype.Component;

/** An agent that is a Spring bean: its tool calls the {@link Directory} injected by constructor. */
@Agent(name = "reception", instructions = "Tell visitors where people sit.")
@Component
public class ReceptionAgent {

  private final Directory directory;

  /** Spring injects the directory. */
  public ReceptionAgent(Directory directory) {
    this.directory = directory;
  }

  @Tool("Where a person sits")
  public String findDesk(@Param(name = "person", value = "The person's first name") String person) {
    return directory.deskOf(person);
  }
}
