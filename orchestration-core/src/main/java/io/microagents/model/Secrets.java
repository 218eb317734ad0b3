package io.microagents.model;

import java.util.regex.Pattern;

/**
 * Takes secrets out of text before it becomes an error message, a log line or history: a
 * provider's error can echo the API key it was sent (OpenAI repeats a malformed key in its
 * 401 text), and that text must not travel further.
 */
public final class Secrets {

  /** What a secret is replaced with. */
  public static final String REDACTED = "[REDACTED]";

  /**
   * Text shaped like an OpenAI key: {@code sk-} then 16 or more key characters
   * ({@code sk-proj-…}, {@code sk-svcacct-…} included), not inside a longer word.
   */
  private static final Pattern OPENAI_KEY = Pattern.compile("(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{16,}");

  /** Known secrets shorter than this are not redacted: they would match ordinary text. */
  private static final int MIN_KNOWN_LENGTH = 8;

  private Secrets() {}

  /**
   * The text with every occurrence of a known secret, and anything shaped like an OpenAI
   * key, replaced by {@link #REDACTED}.
   *
   * @param text the text; {@code null} stays {@code null}
   * @param known secrets to remove wherever they appear (e.g. the configured API key);
   *     {@code null} and values shorter than 8 characters are skipped
   */
  public static String redact(String text, String... known) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : known) {
      if (secret != null && secret.length() >= MIN_KNOWN_LENGTH) {
        result = result.replace(secret, REDACTED);
      }
    }
    return OPENAI_KEY.matcher(result).replaceAll(REDACTED);
  }
}
