package io.microagents.mcp.internal;

import io.microagents.mcp.McpServer;

/** Masks a server's header and environment values in text that may reach a model, a history or a log. */
final class Secrets {

  private Secrets() {}

  /** The text with every secret value of the server replaced by {@code ***}. */
  static String mask(McpServer server, String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String secret : server.secrets()) {
      if (secret != null && secret.length() >= 4) { // shorter values ("1", "on") are no secrets and would garble the text
        masked = masked.replace(secret, "***");
      }
    }
    return masked;
  }

  /** The messages of a cause chain, masked: what went wrong without a stack trace or a secret. */
  static String describe(McpServer server, Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 1_000; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
      if (b.indexOf(message) >= 0) {
        continue; // wrappers often repeat their cause's message
      }
      if (b.length() > 0) {
        b.append(": ");
      }
      b.append(message);
    }
    return mask(server, b.toString());
  }
}
