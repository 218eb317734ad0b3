package io.microagents.temporal.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.microagents.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The definition a durable run runs with, fixed at its start: every agent it can reach (by
 * handoff or as a tool) and the runtime options that shape its commands. Recorded in the
 * run's history and carried across continue-as-new; the code deployed later supplies only the
 * code (tool bodies, guardrails, callbacks), never the shape.
 *
 * @param agents the agents, the starting one first
 * @param runtime the runtime options in force
 * @param listed the agents whose tools are listed while the application runs (MCP servers'):
 *     the run lists them in an activity when it starts and keeps what it got; empty (and
 *     left out of the JSON, so older definitions keep their fingerprints) when none is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunDefinition(List<AgentSnapshot> agents, RuntimeSnapshot runtime,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> listed) {

  public RunDefinition {
    agents = agents == null ? List.of() : List.copyOf(agents);
    listed = listed == null ? List.of() : List.copyOf(listed);
  }

  /** A definition with no listed tools. */
  public RunDefinition(List<AgentSnapshot> agents, RuntimeSnapshot runtime) {
    this(agents, runtime, List.of());
  }

  /** This definition with the tools of these agents as they were listed (the rest of each agent as it is here). */
  public RunDefinition withListed(List<AgentSnapshot> listedAgents) {
    List<AgentSnapshot> merged = new ArrayList<>(agents);
    for (AgentSnapshot now : listedAgents) {
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).name().equals(now.name())) {
          merged.set(i, merged.get(i).withTools(now.tools()));
        }
      }
    }
    return new RunDefinition(merged, runtime, listed);
  }

  /** The agent of this name, or {@code null}. */
  public AgentSnapshot agent(String name) {
    for (AgentSnapshot a : agents) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }

  /** 12 hex digits of the SHA-256 of this definition's canonical JSON: equal definitions, equal fingerprints. */
  @JsonIgnore
  public String fingerprint() {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(Json.write(this).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
