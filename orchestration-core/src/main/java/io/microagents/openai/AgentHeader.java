package io.microagents.openai;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a request to an OpenAI-compatible server names the agent that makes it: the
 * {@value #NAME} header, whose value is the agent's name URL-encoded (UTF-8; a header value
 * must be ASCII). Both adapters send it with every call; servers ignore headers they do not
 * know, and a test server can route by it ({@code FakeOpenAiServer.forAgent}). A header
 * rather than the body's {@code metadata}: Chat Completions refuses metadata unless the
 * request is stored.
 */
public final class AgentHeader {

  /** The header's name. */
  public static final String NAME = "X-Microagents-Agent";

  private AgentHeader() {}

  /** The header value for an agent's name. */
  public static String encode(String agent) {
    return URLEncoder.encode(agent, StandardCharsets.UTF_8);
  }

  /** The agent's name from a header value; {@code null} for {@code null}. */
  public static String decode(String value) {
    return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
