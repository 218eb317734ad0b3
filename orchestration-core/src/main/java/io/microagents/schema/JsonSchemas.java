package io.microagents.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.microagents.json.Json;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict JSON schemas for Java types: the arguments object of a tool, the input of a
 * handoff and the structured output of an agent. Generation is delegated to victools
 * jsonschema-generator (with its Jackson module, so Jackson annotations are honoured);
 * the result is then made strict. Unsupported types fail with {@link UnsupportedTypeException}.
 */
public final class JsonSchemas {

  private static final SchemaGenerator GENERATOR = createGenerator();

  private JsonSchemas() {}

  /**
   * The schema of a record or POJO, as the root of a structured output or handoff input.
   *
   * @throws UnsupportedTypeException when the type is not an object type or has no schema
   */
  public static ObjectNode objectSchema(Type type) {
    SupportedTypes.check(type);
    if (!SupportedTypes.isObject(type)) {
      throw new UnsupportedTypeException(
          type.getTypeName() + " is not an object type; use a record or a POJO with properties");
    }
    return StrictSchema.apply(GENERATOR.generateSchema(type));
  }

  /**
   * The schema of an object with these properties, all required; an {@code Optional} or
   * {@code @Nullable} property is nullable instead of absent.
   *
   * @throws UnsupportedTypeException naming the property whose type has no schema
   */
  public static ObjectNode parametersSchema(List<SchemaProperty> properties) {
    for (SchemaProperty p : properties) {
      try {
        SupportedTypes.check(p.type());
      } catch (UnsupportedTypeException e) {
        throw new UnsupportedTypeException("property '" + p.name() + "': " + e.getMessage());
      }
    }
    SchemaBuilder builder = GENERATOR.buildMultipleSchemaDefinitions();
    List<ObjectNode> references = new ArrayList<>();
    for (SchemaProperty p : properties) {
      references.add(builder.createSchemaReference(optionalContent(p.type()).orElse(p.type())));
    }
    ObjectNode defs = builder.collectDefinitions("$defs");
    ObjectNode root = Json.mapper().createObjectNode().put("type", "object");
    ObjectNode props = root.putObject("properties");
    for (int i = 0; i < properties.size(); i++) {
      SchemaProperty p = properties.get(i);
      ObjectNode schema = references.get(i);
      if (!p.description().isEmpty()) {
        schema.put("description", p.description());
      }
      if (p.nullable()) {
        StrictSchema.nullable(schema);
      }
      props.set(p.name(), schema);
    }
    if (!defs.isEmpty()) {
      root.set("$defs", defs);
    }
    return StrictSchema.apply(root);
  }

  /** A strict object with no properties: arguments of a tool that takes none. */
  public static ObjectNode emptyObjectSchema() {
    return parametersSchema(List.of());
  }

  /**
   * Checks that a type has a schema, without building it.
   *
   * @throws UnsupportedTypeException saying why not
   */
  public static void checkSupported(Type type) {
    SupportedTypes.check(type);
  }

  /** The {@code T} of an {@code Optional<T>}, or empty for any other type. */
  public static Optional<Type> optionalContent(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return Optional.of(p.getActualTypeArguments()[0]);
    }
    return Optional.empty();
  }

  private static SchemaGenerator createGenerator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(Json.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            // enum values as Jackson writes them, so the model is offered what binds back
            .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.PLAIN_DEFINITION_KEYS)
            .without(Option.SCHEMA_VERSION_INDICATOR);
    // Optional and @Nullable members are the nullable ones; everything else must be present.
    config.forFields().withNullableCheck(f -> (f.getType() != null && f.getType().getErasedType() == Optional.class)
        || (f.getRawMember() != null && Nullability.isNullable(f.getRawMember())));
    config.forMethods().withNullableCheck(m -> m.getType() != null && m.getType().getErasedType() == Optional.class);
    // Keep declaration order: the model reads properties in the order the author wrote them.
    config.forTypesInGeneral().withPropertySorter((a, b) -> 0);
    return new SchemaGenerator(config.build());
  }
}
