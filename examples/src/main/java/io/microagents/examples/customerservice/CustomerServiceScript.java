package io.microagents.examples.customerservice;

import io.microagents.examples.offline.AgentScript;
import io.microagents.examples.offline.Conversation;
import io.microagents.examples.offline.Replies;
import io.microagents.model.ModelRequest;
import io.microagents.model.ModelResponse;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer-service agents' offline scripts: triage routes by topic, FAQ looks answers
 * up, seat booking asks for what it lacks and changes the seat, and both hand back to
 * triage when the customer changes the subject.
 */
public final class CustomerServiceScript {

  private static final Pattern CONFIRMATION = Pattern.compile("\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6}\\b");
  private static final Pattern SEAT = Pattern.compile("\\b(\\d{1,2}[A-F])\\b");

  private CustomerServiceScript() {}

  /** The scripts, by agent name. */
  public static Map<String, AgentScript> scripts() {
    return Map.of("airline_triage", CustomerServiceScript::triage, "faq", CustomerServiceScript::faq,
        "seat_booking", CustomerServiceScript::seatBooking);
  }

  static ModelResponse triage(ModelRequest request) {
    String text = Conversation.of(request).lastUserText();
    if (isSeatChange(text)) {
      return Replies.handoff(request, "seat_booking", null);
    }
    if (FaqAnswers.covers(text)) {
      return Replies.handoff(request, "faq", null);
    }
    return Replies.text("I can answer questions about baggage, seats and wifi, or change your seat.");
  }

  static ModelResponse faq(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String text = c.lastUserText();
    if (isSeatChange(text) || !FaqAnswers.covers(text)) {
      return Replies.handoff(request, "airline_triage", null);
    }
    String answer = c.outputOf("faq_lookup");
    return answer == null ? Replies.toolCall(request, "faq_lookup", Map.of("question", text)) : Replies.text(answer);
  }

  static ModelResponse seatBooking(ModelRequest request) {
    Conversation c = Conversation.of(request);
    String text = c.lastUserText();
    String done = c.outputOf("update_seat");
    if (done != null && done.startsWith("Tool call rejected")) {
      return Replies.text("I did not change your seat: the change was not approved. Is there anything else I can help with?");
    }
    if (done != null) {
      return Replies.text(done + " Is there anything else I can help with?");
    }
    Matcher confirmation = CONFIRMATION.matcher(text);
    Matcher seat = SEAT.matcher(text);
    boolean hasConfirmation = confirmation.find();
    boolean hasSeat = seat.find();
    if (hasConfirmation && hasSeat) {
      return Replies.toolCall(request, "update_seat",
          Map.of("confirmation_number", confirmation.group(), "new_seat", seat.group(1)));
    }
    if (!isSeatChange(text) && !hasConfirmation && !hasSeat) {
      return Replies.handoff(request, "airline_triage", null);
    }
    return Replies.text("I can change your seat. What is your confirmation number, and which seat would you like?");
  }

  static boolean isSeatChange(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.contains("seat") && (t.contains("change") || t.contains("switch") || t.contains("move"));
  }
}
