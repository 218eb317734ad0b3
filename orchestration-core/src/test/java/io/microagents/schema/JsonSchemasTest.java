package io.microagents.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import io.microagents.json.Json;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

  enum Unit { CELSIUS, FAHRENHEIT }

  record Point(double x, double y) {}

  record Trip(String from, List<Point> stops, Optional<String> note) {}

  record Tree(String label, List<Tree> children) {}

  /** A plain bean with private fields and accessors. */
  public static class Booking {
    private String seat;
    @JsonPropertyDescription("How many bags")
    private int bags;

    public String getSeat() { return seat; }
    public void setSeat(String seat) { this.seat = seat; }
    public int getBags() { return bags; }
    public void setBags(int bags) { this.bags = bags; }
  }

  record Contact(String name, @Nullable String email) {}

  @JsonClassDescription("A reviewer's decision")
  record Verdict(
      @JsonPropertyDescription("Whether the change may ship") boolean approved,
      @JsonPropertyDescription("Why, in one sentence") String reason,
      List<Point> hotspots) {}

  record WithMap(Map<String, String> labels) {}

  record WithRawList(@SuppressWarnings("rawtypes") List items) {}

  @SuppressWarnings("unused")
  static void signatures(Optional<Integer> optionalInt, List<String> strings, Set<Unit> units, int[] ints,
      Optional<Point> optionalPoint, List<?> wildcard, Map<Integer, String> intKeys, List<Object> objects,
      Optional<List<Point>> optionalPoints) {}

  private static Type param(int index) {
    return java.util.Arrays.stream(JsonSchemasTest.class.getDeclaredMethods())
        .filter(m -> m.getName().equals("signatures")).findFirst().orElseThrow()
        .getGenericParameterTypes()[index];
  }

  private static JsonNode json(String text) {
    return Json.parse(text.replace('\'', '"'));
  }

  private static JsonNode single(Type type, String description) {
    return JsonSchemas.parametersSchema(List.of(new SchemaProperty("p", type, description)));
  }

  private static JsonNode wrap(String property) {
    return json("{'type':'object','properties':{'p':" + property + "},'required':['p'],'additionalProperties':false}");
  }

  @Test
  void scalarsMapToJsonTypes() {
    assertThat(single(String.class, "")).isEqualTo(wrap("{'type':'string'}"));
    assertThat(single(int.class, "")).isEqualTo(wrap("{'type':'integer'}"));
    assertThat(single(Long.class, "")).isEqualTo(wrap("{'type':'integer'}"));
    assertThat(single(double.class, "")).isEqualTo(wrap("{'type':'number'}"));
    assertThat(single(Float.class, "")).isEqualTo(wrap("{'type':'number'}"));
    assertThat(single(boolean.class, "")).isEqualTo(wrap("{'type':'boolean'}"));
    assertThat(single(Boolean.class, "")).isEqualTo(wrap("{'type':'boolean'}"));
  }

  @Test
  void descriptionGoesOnTheProperty() {
    assertThat(single(String.class, "The city")).isEqualTo(wrap("{'type':'string','description':'The city'}"));
  }

  @Test
  void enumsListTheirConstants() {
    assertThat(single(Unit.class, "")).isEqualTo(wrap("{'type':'string','enum':['CELSIUS','FAHRENHEIT']}"));
    assertThat(single(io.microagents.items.Role.class, "")) // @JsonValue decides the wire values
        .isEqualTo(wrap("{'type':'string','enum':['system','developer','user','assistant']}"));
  }

  @Test
  void optionalIsRequiredButNullable() {
    assertThat(single(param(0), "")).isEqualTo(wrap("{'type':['integer','null']}"));
    JsonNode point = single(param(4), "");
    assertThat(point.at("/properties/p/anyOf/0")).isEqualTo(json("{'type':'null'}"));
    assertThat(point.at("/properties/p/anyOf/1/required")).isEqualTo(json("['x','y']"));
    assertThat(point.at("/required")).isEqualTo(json("['p']"));
  }

  @Test
  void nullableAnnotatedFieldsAndPropertiesAreNullable() {
    assertThat(JsonSchemas.objectSchema(Contact.class)).isEqualTo(json(
        "{'type':'object','properties':{'name':{'type':'string'},'email':{'type':['string','null']}},"
            + "'required':['name','email'],'additionalProperties':false}"));
    assertThat(JsonSchemas.parametersSchema(List.of(new SchemaProperty("p", Point.class, "", true))).at("/properties/p/anyOf/0"))
        .isEqualTo(json("{'type':'null'}"));
  }

  @Test
  void listsSetsAndArraysAreArrays() {
    assertThat(single(param(1), "")).isEqualTo(wrap("{'type':'array','items':{'type':'string'}}"));
    assertThat(single(param(2), "")).isEqualTo(
        wrap("{'type':'array','items':{'type':'string','enum':['CELSIUS','FAHRENHEIT']}}"));
    assertThat(single(param(3), "")).isEqualTo(wrap("{'type':'array','items':{'type':'integer'}}"));
    assertThat(single(param(8), "").at("/properties/p/type")).isEqualTo(json("['array','null']"));
  }

  @Test
  void recordsAreClosedObjectsWithEveryPropertyRequired() {
    assertThat(JsonSchemas.objectSchema(Point.class)).isEqualTo(json(
        "{'type':'object','properties':{'x':{'type':'number'},'y':{'type':'number'}},"
            + "'required':['x','y'],'additionalProperties':false}"));
  }

  @Test
  void nestedRecordsAreStrictToo() {
    assertThat(JsonSchemas.objectSchema(Trip.class)).isEqualTo(json(
        "{'type':'object','properties':{'from':{'type':'string'},"
            + "'stops':{'type':'array','items':{'type':'object','properties':{'x':{'type':'number'},'y':{'type':'number'}},"
            + "'required':['x','y'],'additionalProperties':false}},"
            + "'note':{'type':['string','null']}},"
            + "'required':['from','stops','note'],'additionalProperties':false}"));
  }

  @Test
  void sharedTypesUseDefsAndReferences() {
    JsonNode schema = JsonSchemas.parametersSchema(List.of(
        new SchemaProperty("from", Point.class, ""), new SchemaProperty("to", Point.class, "")));
    assertThat(schema.at("/properties/from")).isEqualTo(json("{'$ref':'#/$defs/Point'}"));
    assertThat(schema.at("/properties/to")).isEqualTo(json("{'$ref':'#/$defs/Point'}"));
    assertThat(schema.at("/$defs/Point/additionalProperties").asBoolean(true)).isFalse();
    assertThat(schema.at("/$defs/Point/required")).isEqualTo(json("['x','y']"));
  }

  @Test
  void aReferenceWithADescriptionIsInlined() {
    JsonNode schema = JsonSchemas.parametersSchema(List.of(
        new SchemaProperty("from", Point.class, "Start"), new SchemaProperty("to", Point.class, "")));
    assertThat(schema.at("/properties/from/$ref").isMissingNode()).isTrue();
    assertThat(schema.at("/properties/from/description").asText()).isEqualTo("Start");
    assertThat(schema.at("/properties/from/required")).isEqualTo(json("['x','y']"));
  }

  @Test
  void recursiveRecordsReferToThemselves() {
    JsonNode schema = JsonSchemas.objectSchema(Tree.class);
    assertThat(schema.at("/properties/children/items")).isEqualTo(json("{'$ref':'#'}"));
    assertThat(schema.at("/required")).isEqualTo(json("['label','children']"));
  }

  @Test
  void pojosUseTheirPropertiesAndJacksonDescriptions() {
    assertThat(JsonSchemas.objectSchema(Booking.class)).isEqualTo(json(
        "{'type':'object','properties':{'seat':{'type':'string'},"
            + "'bags':{'type':'integer','description':'How many bags'}},"
            + "'required':['seat','bags'],'additionalProperties':false}"));
  }

  @Test
  void recordComponentsOfAnOutputTypeCarryTheirJacksonDescriptions() {
    JsonNode schema = JsonSchemas.objectSchema(Verdict.class);

    assertThat(schema.at("/description").asText()).isEqualTo("A reviewer's decision");
    assertThat(schema.at("/properties/approved")).isEqualTo(
        json("{'type':'boolean','description':'Whether the change may ship'}"));
    assertThat(schema.at("/properties/reason")).isEqualTo(json("{'type':'string','description':'Why, in one sentence'}"));
    assertThat(schema.at("/properties/hotspots/description").isMissingNode()).isTrue();
    assertThat(schema.at("/required")).isEqualTo(json("['approved','reason','hotspots']"));
  }

  @Test
  void noPropertiesIsAnEmptyStrictObject() {
    assertThat(JsonSchemas.emptyObjectSchema()).isEqualTo(
        json("{'type':'object','properties':{},'required':[],'additionalProperties':false}"));
  }

  @Test
  void unsupportedTypesAreRejectedWithTheReason() {
    assertUnsupported(Object.class, "Object has no schema");
    assertUnsupported(Thread.class, "java.lang.Thread is not a supported type");
    assertUnsupported(Runnable.class, "java.lang.Runnable");
    assertUnsupported(Function.class, "java.util.function.Function");
    assertUnsupported(List.class, "raw type List");
    assertUnsupported(param(5), "wildcard");
    assertUnsupported(param(6), "maps have no strict JSON schema");
    assertUnsupported(param(7), "Object has no schema");
    assertUnsupported(WithMap.class, "maps have no strict JSON schema");
    assertUnsupported(WithRawList.class, "Object has no schema");
    assertUnsupported(java.time.LocalDate.class, "ISO-8601");
  }

  @Test
  void anOutputMustBeAnObjectType() {
    for (Type t : List.of(int.class, String.class, Unit.class, param(1), Object.class, Runnable.class)) {
      assertThatThrownBy(() -> JsonSchemas.objectSchema(t)).isInstanceOf(UnsupportedTypeException.class);
    }
  }

  @Test
  void unsupportedPropertyIsNamed() {
    assertThatThrownBy(() -> JsonSchemas.parametersSchema(List.of(new SchemaProperty("job", Thread.class, ""))))
        .isInstanceOf(UnsupportedTypeException.class)
        .hasMessageContaining("'job'");
  }

  private static void assertUnsupported(Type type, String reason) {
    assertThatThrownBy(() -> JsonSchemas.checkSupported(type))
        .isInstanceOf(UnsupportedTypeException.class)
        .hasMessageContaining(reason);
  }
}
