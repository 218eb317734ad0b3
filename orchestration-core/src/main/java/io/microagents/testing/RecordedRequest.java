package io.microagents.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.openai.AgentHeader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request a {@link FakeOpenAiServer} received.
 *
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /v1/responses}
 * @param headers the request headers, names in lower case
 * @param bodyText the body as received
 * @param body the body parsed as JSON, or {@code null} when it is not JSON
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> headers,
    String bodyText,
    JsonNode body) {

  public RecordedRequest {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** The first value of a header (name in any case), or {@code null}. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Whether the request asked for a streamed answer: {@code "stream": true} in its body. */
  public boolean stream() {
    return body != null && body.path("stream").asBoolean(false);
  }

  /** The agent that made the request, from the {@link AgentHeader} header; {@code null} when not named. */
  public String agent() {
    return AgentHeader.decode(header(AgentHeader.NAME));
  }
}
