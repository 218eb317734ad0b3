package io.microagents.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a generated schema into the strict form: every object closed and with all its
 * properties required, no keywords strict mode rejects, and no {@code $ref} with siblings
 * (the referenced definition is inlined instead).
 */
final class StrictSchema {

  private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "number", "boolean", "array");
  private static final List<String> SCHEMA_MAPS = List.of("properties", "$defs", "definitions");
  private static final List<String> SCHEMA_LISTS = List.of("anyOf", "allOf", "oneOf", "prefixItems");
  private static final List<String> DROPPED = List.of("$schema", "$id", "default", "uniqueItems");

  private StrictSchema() {}

  /** Makes {@code root} and everything under it strict, in place. */
  static ObjectNode apply(ObjectNode root) {
    walk(root, root);
    return root;
  }

  /**
   * Makes a schema also accept {@code null}: a type list for scalars and arrays, an
   * {@code anyOf} with a null branch otherwise.
   */
  static ObjectNode nullable(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual() && SCALAR_TYPES.contains(type.asText()) && !schema.has("enum")) {
      ArrayNode types = schema.arrayNode().add(type.asText()).add("null");
      schema.set("type", types);
      return schema;
    }
    if (type != null && type.isArray()) {
      boolean hasNull = false;
      for (JsonNode t : type) {
        hasNull |= "null".equals(t.asText());
      }
      if (!hasNull) {
        ((ArrayNode) type).add("null");
      }
      return schema;
    }
    ObjectNode copy = schema.deepCopy();
    String description = copy.has("description") ? copy.remove("description").asText() : null;
    schema.removeAll();
    ArrayNode anyOf = schema.putArray("anyOf");
    anyOf.addObject().put("type", "null");
    anyOf.add(copy);
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }

  private static void walk(ObjectNode node, ObjectNode root) {
    inlineRefWithSiblings(node, root);
    DROPPED.forEach(node::remove);
    if (node.get("properties") instanceof ObjectNode || isObjectType(node)) {
      ObjectNode props = node.get("properties") instanceof ObjectNode p ? p : node.putObject("properties");
      node.remove(List.of("required", "additionalProperties")); // re-added last, in this order
      ArrayNode required = node.putArray("required");
      props.fieldNames().forEachRemaining(required::add);
      node.put("additionalProperties", false);
    }
    for (String key : SCHEMA_MAPS) {
      if (node.get(key) instanceof ObjectNode map) {
        map.elements().forEachRemaining(s -> walkIfObject(s, root));
      }
    }
    for (String key : SCHEMA_LISTS) {
      if (node.get(key) instanceof ArrayNode list) {
        list.elements().forEachRemaining(s -> walkIfObject(s, root));
      }
    }
    walkIfObject(node.get("items"), root);
    walkIfObject(node.get("not"), root);
  }

  private static void walkIfObject(JsonNode schema, ObjectNode root) {
    if (schema instanceof ObjectNode o) {
      walk(o, root);
    }
  }

  private static boolean isObjectType(ObjectNode node) {
    JsonNode type = node.get("type");
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return type.asText().equals("object");
    }
    for (JsonNode t : type) {
      if (t.asText().equals("object")) {
        return true;
      }
    }
    return false;
  }

  private static void inlineRefWithSiblings(ObjectNode node, ObjectNode root) {
    JsonNode ref = node.get("$ref");
    if (ref == null || node.size() == 1 || !ref.asText().startsWith("#/$defs/")) {
      return;
    }
    JsonNode def = root.path("$defs").get(ref.asText().substring("#/$defs/".length()));
    if (def instanceof ObjectNode d) {
      node.remove("$ref");
      ObjectNode merged = d.deepCopy();
      merged.setAll(node);
      node.removeAll();
      node.setAll(merged);
    }
  }

}
