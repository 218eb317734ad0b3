package io.microagents.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.microagents.json.Json;
import io.microagents.mcp.McpServer;
import org.junit.jupiter.api.Test;

/** Which server schemas go to the model as strict; secrets masked in messages. */
class McpSchemasTest {

  private static boolean strict(String schema) {
    return McpSchemas.strict(Json.parse(schema));
  }

  @Test
  void aClosedObjectWithEveryPropertyRequiredIsStrictAtAnyDepth() {
    assertThat(strict("{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"number\"}},"
        + "\"required\":[\"x\"],\"additionalProperties\":false},\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},"
        + "\"required\":[\"p\",\"tags\"],\"additionalProperties\":false}")).isTrue();
    assertThat(strict("{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}")).isTrue();
  }

  @Test
  void anOpenObjectAnOptionalPropertyOrARefusedKeywordIsNot() {
    assertThat(strict("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"required\":[\"a\"]}")).isFalse();
    assertThat(strict("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}},"
        + "\"required\":[\"a\"],\"additionalProperties\":false}")).isFalse();
    assertThat(strict("{\"type\":\"object\",\"properties\":{\"p\":{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"number\"}}}},"
        + "\"required\":[\"p\"],\"additionalProperties\":false}")).isFalse();
    assertThat(strict("{\"type\":\"object\",\"properties\":{\"a\":{\"oneOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}},"
        + "\"required\":[\"a\"],\"additionalProperties\":false}")).isFalse();
    assertThat(strict("{\"type\":\"string\"}")).isFalse();
  }

  @Test
  void anAbsentSchemaIsTheEmptyObject() {
    assertThat(McpSchemas.tree(null).toString()).isEqualTo("{\"type\":\"object\",\"properties\":{}}");
  }

  @Test
  void headerAndEnvironmentValuesAreMaskedInMessages() {
    McpServer http = McpServer.http("t", "http://127.0.0.1:1/mcp").header("Authorization", "Bearer abc-123-secret").build();
    assertThat(Secrets.describe(http, new IllegalStateException("sent Bearer abc-123-secret", new RuntimeException("sent Bearer abc-123-secret"))))
        .isEqualTo("sent ***");
  }
}
