package io.microagents.examples.durability;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cruncher's offline script: one crunch call per turn until the asked number of steps is done. */
public final class CruncherScript {

  /** Steps done when the input does not say. */
  public static final int DEFAULT_STEPS = 6;

  private static final Pattern STEPS = Pattern.compile("(\\d+) steps");

  private CruncherScript() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("cruncher", CruncherScript::reply);
  }

  static ModelResponse reply(ModelRequest request) {
    Conversation c = Conversation.of(request);
    Matcher m = STEPS.matcher(c.lastUserText());
    int steps = m.find() ? Integer.parseInt(m.group(1)) : DEFAULT_STEPS;
    List<String> done = c.outputsOf("crunch");
    if (done.size() < steps) {
      return Replies.toolCall(request, "crunch", Map.of("step", done.size() + 1));
    }
    return Replies.text("All " + steps + " steps done: " + String.join(", ", done) + ".");
  }
}
