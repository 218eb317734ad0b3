package io.microagents.examples.customerservice;

import java.util.Locale;

/** The airline's frequently asked questions, matched by keyword. */
public final class FaqAnswers {

  private FaqAnswers() {}

  /** The answer to a question, or "I'm sorry, I don't know the answer to that question." */
  public static String lookup(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (q.contains("bag") || q.contains("luggage")) {
      return "You are allowed to bring one bag on the plane. It must be under 50 pounds and 22 inches x 14 inches x 9 inches.";
    }
    if (q.contains("seats") || q.contains("plane") || q.contains("how many")) {
      return "There are 120 seats on the plane: 22 business class and 98 economy. Exit rows are 4 and 16; rows 5-8 are Economy Plus.";
    }
    if (q.contains("wifi") || q.contains("wi-fi") || q.contains("internet")) {
      return "We have free wifi on the plane; join Airline-Wifi.";
    }
    return "I'm sorry, I don't know the answer to that question.";
  }

  /** Whether a question is one the FAQ covers. */
  public static boolean covers(String question) {
    return !lookup(question).startsWith("I'm sorry");
  }
}
