package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The {@code AmiAction} contract and value semantics of an action class. */
final class ActionMethods {

  private ActionMethods() {}

  static List<MethodSpec> contract(TypeName classSet, TypeName shapeType) {
    return List.of(
        override("actionName", ClassName.get(String.class)).addStatement("return NAME").build(),
        override("toMessage", CoreTypes.AMI_MESSAGE).addStatement("return message").build(),
        override("writeClasses", classSet).addStatement("return WRITE_CLASSES").build(),
        override("resultShape", shapeType).addStatement("return RESULT_SHAPE").build());
  }

  static List<MethodSpec> valueMethods(ClassName self) {
    return List.of(
        override("equals", TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .addStatement("return o instanceof $T other && other.message.equals(message)", self)
            .build(),
        override("hashCode", TypeName.INT).addStatement("return message.hashCode()").build(),
        override("toString", ClassName.get(String.class))
            .addComment("AmiMessage.toString masks secrets (Secret, Key)")
            .addStatement(
                "return $S + message.toString().replace('\\n', ' ').trim() + $S",
                self.simpleName() + "{",
                "}")
            .build());
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
