package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Member shapes that generated events and actions share. */
final class Members {

  /** Modifiers of public constants. */
  static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

  /** Modifiers of private constants. */
  static final Modifier[] PRIVATE_CONSTANT = {Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL};

  /** {@code Set<String>}. */
  static final TypeName STRING_SET =
      ParameterizedTypeName.get(ClassName.get(Set.class), ClassName.get(String.class));

  /** {@code Set<PrivilegeClass>}. */
  static final TypeName CLASS_SET =
      ParameterizedTypeName.get(ClassName.get(Set.class), CoreTypes.PRIVILEGE_CLASS);

  private Members() {}

  /** {@code public static final String NAME = "..."}, the name on the wire. */
  static FieldSpec nameConstant(String kind, String wireName) {
    return FieldSpec.builder(String.class, "NAME", CONSTANT)
        .addJavadoc(JavadocText.block("The $L name on the wire.", kind))
        .initializer("$S", wireName)
        .build();
  }
}
