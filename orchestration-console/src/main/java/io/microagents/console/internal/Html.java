package io.microagents.console.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping, and the frame every page shares: head, navigation, main. */
final class Html {

  private Html() {}

  /** Text made safe inside an element or a quoted attribute. */
  static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query parameter's value. */
  static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The link to a run's page. */
  static String runLink(String workflowId) {
    return "/run?id=" + url(workflowId);
  }

  /**
   * A whole page. {@code body} is HTML already escaped; {@code current} names the navigation
   * entry of this page ("runs", "inbox").
   */
  static String page(String title, String current, String namespace, String body, String... scripts) {
    StringBuilder out = new StringBuilder(4096 + body.length());
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" · Microagents console</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/static/console.css\">\n");
    for (String script : scripts) {
      out.append("<script src=\"/static/").append(esc(script)).append("\" defer></script>\n");
    }
    out.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
        .append("<header class=\"top\"><span class=\"brand\">Microagents console</span>\n<nav aria-label=\"Console\"><ul>")
        .append(nav("runs", "/runs", "Runs", current))
        .append(nav("inbox", "/inbox", "Inbox", current))
        .append("</ul></nav><span class=\"ns\">namespace <code>").append(esc(namespace)).append("</code></span></header>\n")
        .append("<main id=\"main\">\n").append(body).append("\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String nav(String key, String href, String label, String current) {
    String aria = key.equals(current) ? " aria-current=\"page\"" : "";
    return "<li><a href=\"" + href + "\"" + aria + ">" + label + "</a></li>";
  }

  /** A notice for the person: {@code role=status}, or {@code role=alert} for an error. */
  static String notice(String text, boolean error) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return "<p class=\"notice" + (error ? " error\" role=\"alert\"" : "\" role=\"status\"") + ">" + esc(text) + "</p>\n";
  }
}
