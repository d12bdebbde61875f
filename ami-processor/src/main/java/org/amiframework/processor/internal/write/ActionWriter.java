package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.FieldPlan;

/**
 * Writes one action class: an immutable action over the message it will send, with a builder that
 * enforces required parameters, typed accessors, its write classes and result shape, and {@code
 * fromMessage} to read a sent action back (fake servers, tests).
 */
final class ActionWriter {

  private final GeneratedFiles files;

  ActionWriter(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile write(ActionPlan plan) {
    ActionDefinition def = plan.definition();
    ClassName self = plan.className();
    ClassName builder = self.nestedClass("Builder");
    TypeName result = ResultShapes.resultType(plan.result());
    TypeName shapeType = ParameterizedTypeName.get(CoreTypes.RESULT_SHAPE, result);
    TypeName classSet = Members.CLASS_SET;
    List<String> parameters = plan.fields().stream().map(FieldPlan::header).toList();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(CoreTypes.AMI_ACTION, result))
            .addJavadoc(JavadocText.block(classDoc(plan)))
            .addField(Members.nameConstant("action", def.name()))
            .addField(
                FieldSpec.builder(classSet, "WRITE_CLASSES", Members.PRIVATE_CONSTANT)
                    .initializer(
                        EventWriter.classSet(
                            plan.writeClasses() == null ? List.of() : plan.writeClasses()))
                    .build())
            .addField(
                FieldSpec.builder(shapeType, "RESULT_SHAPE", Members.PRIVATE_CONSTANT)
                    .initializer(ResultShapes.shape(plan.result()))
                    .build())
            .addField(
                FieldSpec.builder(Members.STRING_SET, "PARAMETERS", Members.PRIVATE_CONSTANT)
                    .initializer(EventWriter.stringSet(parameters))
                    .build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(CoreTypes.ACTION_TYPE, self),
                        "TYPE",
                        Members.CONSTANT)
                    .addJavadoc(
                        JavadocText.block(
                            "This action's type, for bindings: name, write classes, parameters,"
                                + " decoder."))
                    .initializer(
                        "new $T<>(NAME,$W$T.class,$WWRITE_CLASSES,$WPARAMETERS,$W$T::fromMessage)",
                        CoreTypes.ACTION_TYPE,
                        self,
                        self)
                    .build())
            .addField(CoreTypes.AMI_MESSAGE, "message", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(CoreTypes.AMI_MESSAGE, "message")
                    .addStatement("this.message = message")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc(
                        JavadocText.block("A builder of this action.\n\n@return a new builder"))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build())
            .addMethod(fromMessage(self));
    for (FieldPlan f : plan.fields()) {
      type.addMethod(accessor(f));
    }
    type.addMethods(ActionMethods.contract(classSet, shapeType))
        .addMethods(ActionMethods.valueMethods(self))
        .addType(new ActionBuilderWriter(plan, builder).build());
    return files.file(self, files.decorate(type).build());
  }

  private static MethodSpec fromMessage(ClassName self) {
    return MethodSpec.methodBuilder("fromMessage")
        .addJavadoc(
            JavadocText.block(
                "Reads a sent action back, as a fake server or a test receives it. Its {@code"
                    + " ActionID} is dropped: it belongs to the exchange, not to the action.\n\n"
                    + "@param message an action message named {@code $L} (any case)\n"
                    + "@return the action\n"
                    + "@throws IllegalArgumentException if the message is another action",
                self.simpleName()))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(CoreTypes.AMI_MESSAGE, "message")
        .beginControlFlow("if (!NAME.equalsIgnoreCase(message.actionName()))")
        .addStatement(
            "throw new $T(\"not a \" + NAME + \" action: \" + message.actionName())",
            IllegalArgumentException.class)
        .endControlFlow()
        .addStatement("return new $T(message.toBuilder().remove($S).build())", self, "ActionID")
        .build();
  }

  private static MethodSpec accessor(FieldPlan f) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(f.javaName())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                JavadocText.block(
                    "$L\n\n<p>Parameter {@code $L}.\n\n@return $L",
                    JavadocText.sentence(f.parameter().description(), "The parameter's value"),
                    JavadocText.escape(f.header()),
                    f.variablePairs()
                        ? "the variables by name, as Asterisk reads them (empty when none)"
                        : FieldCode.returnsDoc(f)));
    if (f.variablePairs()) {
      return m.returns(stringMap())
          .addStatement(
              "return $T.parse(message.getAll($S))", CoreTypes.CHANNEL_VARIABLES, f.header())
          .build();
    }
    return m.returns(FieldCode.accessorType(f))
        .addCode(
            f.kind() == FieldPlan.Kind.SECOND_OF_FIRST_NAME
                ? FieldCode.second(f, CodeBlock.of("message"))
                : FieldCode.decode(f, CodeBlock.of("message.get($S)", f.header())))
        .build();
  }

  private static String classDoc(ActionPlan plan) {
    ActionDefinition def = plan.definition();
    String write =
        plan.writeClasses() == null
            ? "not known (not in the overlay; the server decides)"
            : JavadocText.list(plan.writeClasses(), "none needed");
    return JavadocText.sentence(def.synopsis(), "The " + def.name() + " action")
        + "\n\n<p>Action {@code "
        + JavadocText.escape(def.name())
        + "}. Write classes: "
        + write
        + ". Modules: "
        + JavadocText.list(def.modules(), "not documented")
        + ". Since: "
        + JavadocText.list(def.since(), "not documented")
        + ".\n";
  }

  /** Map type of {@code variables(Map)}. */
  static TypeName stringMap() {
    return ParameterizedTypeName.get(Map.class, String.class, String.class);
  }
}
