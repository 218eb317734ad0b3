package io.microagents.temporal.limits;

import io.microagents.annotations.Agent;
import io.microagents.annotations.Param;
import io.microagents.annotations.Tool;

/** An agent whose tool returns as many kilobytes as asked: large payloads on demand. */
@Agent(name = "blobs", instructions = "Fetch the blobs you are asked for.", maxTurns = 100_000)
public class BlobAgent {

  /** {@code kb} thousand characters, each the given letter. */
  public static String blob(int kb, char letter) {
    return String.valueOf(letter).repeat(kb * 1000);
  }

  @Tool("Returns a blob of the given size in kilobytes")
  public String blob(@Param(name = "kb") int kb) {
    return blob(kb, 'b');
  }
}
