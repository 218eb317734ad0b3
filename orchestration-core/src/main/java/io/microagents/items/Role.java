package io.microagents.items;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who wrote a {@link Message}. */
public enum Role {
  SYSTEM("system"),
  DEVELOPER("developer"),
  USER("user"),
  ASSISTANT("assistant");

  private final String wire;

  Role(String wire) {
    this.wire = wire;
  }

  /** The role's name as the OpenAI APIs spell it. */
  @JsonValue
  public String wire() {
    return wire;
  }
}
