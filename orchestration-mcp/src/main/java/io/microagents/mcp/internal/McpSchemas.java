package io.microagents.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microagents.json.Json;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A server's input schema as the model gets it: as given, never rewritten (the server
 * validates against it), and marked strict only when it already meets strict mode's rules —
 * an object at the root, every object closed ({@code additionalProperties: false}) with all
 * its properties required, none of the keywords strict mode refuses. Otherwise it is sent
 * non-strict: the model may then leave out optional arguments, which the server's schema allows.
 */
final class McpSchemas {

  private static final Set<String> REFUSED = Set.of("oneOf", "allOf", "not", "if", "then", "else",
      "patternProperties", "dependentSchemas", "dependentRequired", "unevaluatedProperties");

  private McpSchemas() {}

  /** The schema as a JSON tree; an absent one is the empty object schema. */
  static JsonNode tree(Map<String, Object> inputSchema) {
    if (inputSchema == null || inputSchema.isEmpty()) {
      return Json.parse("{\"type\":\"object\",\"properties\":{}}");
    }
    return Json.mapper().valueToTree(inputSchema);
  }

  /** Whether strict mode takes the schema as it is. */
  static boolean strict(JsonNode schema) {
    return schema.path("type").asText().equals("object") && fits(schema);
  }

  private static boolean fits(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode n : node) {
        if (!fits(n)) {
          return false;
        }
      }
      return true;
    }
    if (!(node instanceof ObjectNode o)) {
      return true;
    }
    for (Iterator<String> names = o.fieldNames(); names.hasNext();) {
      if (REFUSED.contains(names.next())) {
        return false;
      }
    }
    if (isObject(o) && !closedAndRequired(o)) {
      return false;
    }
    for (String nested : new String[] {"items", "anyOf", "$defs", "definitions"}) {
      if (o.has(nested) && !fits(o.get(nested).isObject() && !nested.equals("items") ? values(o.get(nested)) : o.get(nested))) {
        return false;
      }
    }
    return !o.has("properties") || fits(values(o.get("properties")));
  }

  private static boolean isObject(ObjectNode o) {
    JsonNode type = o.get("type");
    return type != null && (type.asText().equals("object") || type.isArray() && type.toString().contains("\"object\""));
  }

  private static boolean closedAndRequired(ObjectNode o) {
    if (!o.path("additionalProperties").isBoolean() || o.get("additionalProperties").asBoolean()) {
      return false;
    }
    Set<String> required = new HashSet<>();
    o.path("required").forEach(r -> required.add(r.asText()));
    for (Iterator<String> names = o.path("properties").fieldNames(); names.hasNext();) {
      if (!required.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /** The values of an object node, as an array node (to check each). */
  private static JsonNode values(JsonNode object) {
    var array = Json.mapper().createArrayNode();
    object.forEach(array::add);
    return array;
  }
}
