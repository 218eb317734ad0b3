package io.microagents.agent.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.microagents.schema.Nullability;
import java.lang.reflect.Executable;
import java.util.Optional;

/**
 * Tells the strict argument reader which members may be {@code null} or absent: those the
 * strict schema makes nullable, {@code Optional} and {@code @Nullable} ones (see
 * {@link Nullability}). Every other member is required (a record missing it fails) and
 * refuses {@code null}.
 */
final class NullableMembers extends JacksonAnnotationIntrospector {

  @Override
  public Boolean hasRequiredMarker(AnnotatedMember m) {
    Boolean declared = super.hasRequiredMarker(m);
    if (declared != null) {
      return declared;
    }
    return !(m.getRawType() == Optional.class || isNullable(m));
  }

  @Override
  public JsonSetter.Value findSetterInfo(Annotated a) {
    JsonSetter.Value declared = super.findSetterInfo(a);
    if (a instanceof AnnotatedMember m && isNullable(m)) {
      return declared.withValueNulls(Nulls.SET);
    }
    return declared;
  }

  private static boolean isNullable(AnnotatedMember m) {
    if (m instanceof AnnotatedField f) {
      return Nullability.isNullable(f.getAnnotated());
    }
    if (m instanceof AnnotatedParameter p && p.getOwner().getAnnotated() instanceof Executable owner) {
      return Nullability.isNullable(owner.getParameters()[p.getIndex()]);
    }
    if (m instanceof AnnotatedMethod s && s.getParameterCount() == 1) {
      return Nullability.isNullable(s.getAnnotated().getParameters()[0]);
    }
    return false;
  }
}
