package io.microagents.examples.mcp;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.Locale;
import java.util.Map;

/** Offline, the notes agent lists the notes, reads the one the question is about, and quotes it. */
public final class NotesScript implements AgentScript {

  /** The scripts of this example, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of(NotesAgents.NOTES, new NotesScript());
  }

  @Override
  public ModelResponse reply(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String list = c.outputOf("list_notes");
    if (list == null) {
      return Replies.toolCall(request, "list_notes", Map.of());
    }
    String question = c.lastUserText().toLowerCase(Locale.ROOT);
    String name = "todo";
    for (String n : list.split(",\\s*")) {
      if (question.contains(n.trim())) {
        name = n.trim();
      }
    }
    String note = c.outputOf("read_note");
    if (note == null) {
      return Replies.toolCall(request, "read_note", Map.of("name", name));
    }
    return Replies.text("Your '" + name + "' note says: " + note);
  }
}
