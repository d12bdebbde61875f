package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.FieldPlan;

/** Writes the builder of an action: typed setters, Variable pairs, required checks. */
final class ActionBuilderWriter {

  private final ActionPlan plan;
  private final ClassName builder;

  ActionBuilderWriter(ActionPlan plan, ClassName builder) {
    this.plan = plan;
    this.builder = builder;
  }

  TypeSpec build() {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                JavadocText.block(
                    "Builds a {@code $L} action; parameters go out in the order they are set. No"
                        + " {@code ActionID}: the client adds one when it sends the action.",
                    JavadocText.escape(plan.definition().name())))
            .addField(
                com.palantir.javapoet.FieldSpec.builder(
                        CoreTypes.AMI_MESSAGE_BUILDER, "message", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("$T.builder().add($S, NAME)", CoreTypes.AMI_MESSAGE, "Action")
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldPlan f : plan.fields()) {
      if (f.variablePairs()) {
        b.addMethods(variableSetters(f));
      } else {
        b.addMethod(setter(f));
      }
    }
    return b.addMethod(Builders.header(builder)).addMethod(buildMethod()).build();
  }

  private MethodSpec setter(FieldPlan f) {
    String required = f.parameter().required() ? " Required." : "";
    String dflt =
        f.parameter().defaultValue() == null
            ? ""
            : " Asterisk's default: {@code "
                + JavadocText.escape(f.parameter().defaultValue())
                + "}.";
    return MethodSpec.methodBuilder(f.javaName())
        .addJavadoc(
            JavadocText.block(
                "Sets {@code $L}$L$L$L\n\n@param value the value\n@return this builder",
                JavadocText.escape(f.header()),
                FieldCode.describe(f),
                required,
                dflt))
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(FieldCode.builderType(f), "value")
        .addCode(FieldCode.set(f))
        .addStatement("return this")
        .build();
  }

  private List<MethodSpec> variableSetters(FieldPlan f) {
    MethodSpec one =
        MethodSpec.methodBuilder("variable")
            .addJavadoc(
                JavadocText.block(
                    "Adds a channel variable, sent as {@code $L: name=value}; repeat for more.\n\n"
                        + "@param name the variable name\n@param value its value\n@return this builder",
                    JavadocText.escape(f.header())))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, "name")
            .addParameter(String.class, "value")
            .addStatement(
                "$T.addTo(message, $T.of(name, value))", CoreTypes.CHANNEL_VARIABLES, Map.class)
            .addStatement("return this")
            .build();
    MethodSpec all =
        MethodSpec.methodBuilder(f.javaName())
            .addJavadoc(
                JavadocText.block(
                    "Adds channel variables, one {@code $L: name=value} header each, in the map's"
                        + " order.\n\n@param variables names and values\n@return this builder",
                    JavadocText.escape(f.header())))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ActionWriter.stringMap(), "variables")
            .addStatement("$T.addTo(message, variables)", CoreTypes.CHANNEL_VARIABLES)
            .addStatement("return this")
            .build();
    return List.of(one, all);
  }

  private MethodSpec buildMethod() {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(plan.className())
            .addStatement("$T built = message.build()", CoreTypes.AMI_MESSAGE);
    StringBuilder doc = new StringBuilder("The action.\n\n@return a new action");
    List<FieldPlan> required =
        plan.fields().stream().filter(f -> f.parameter().required()).toList();
    for (FieldPlan f : required) {
      m.beginControlFlow("if (!built.has($S))", f.header())
          .addStatement(
              "throw new $T($S)",
              IllegalStateException.class,
              plan.definition().name() + ": required parameter " + f.header() + " is not set")
          .endControlFlow();
    }
    if (!required.isEmpty()) {
      doc.append("\n@throws IllegalStateException if a required parameter (")
          .append(
              JavadocText.escape(
                  String.join(", ", required.stream().map(FieldPlan::header).toList())))
          .append(") is not set");
    }
    return m.addJavadoc(JavadocText.block("$L", doc.toString()))
        .addStatement("return new $T(built)", plan.className())
        .build();
  }
}
