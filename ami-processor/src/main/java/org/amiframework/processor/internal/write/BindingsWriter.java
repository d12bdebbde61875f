package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import org.amiframework.processor.internal.plan.ActionPlan;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.amiframework.processor.internal.plan.EventPlan;

/** Writes the catalog: a {@code Bindings} whose lookups are switches on the name, no reflection. */
final class BindingsWriter {

  private final GeneratedFiles files;

  BindingsWriter(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile write(BindingsPlan plan) {
    TypeName eventType =
        ParameterizedTypeName.get(CoreTypes.EVENT_TYPE, WildcardTypeName.subtypeOf(Object.class));
    TypeName actionType =
        ParameterizedTypeName.get(CoreTypes.ACTION_TYPE, WildcardTypeName.subtypeOf(Object.class));
    CodeBlock.Builder events = CodeBlock.builder().add("$T.of(", List.class).indent();
    CodeBlock.Builder eventSwitch = CodeBlock.builder().add("return switch (name) {\n").indent();
    for (int i = 0; i < plan.events().size(); i++) {
      EventPlan e = plan.events().get(i);
      events.add(i == 0 ? "\n$T.TYPE" : ",\n$T.TYPE", e.className());
      eventSwitch.add("case $S -> $T.TYPE;\n", e.definition().name(), e.className());
    }
    CodeBlock.Builder actions = CodeBlock.builder().add("$T.of(", List.class).indent();
    CodeBlock.Builder actionSwitch =
        CodeBlock.builder()
            .add("return switch (name.toLowerCase($T.ROOT)) {\n", Locale.class)
            .indent();
    for (int i = 0; i < plan.actions().size(); i++) {
      ActionPlan a = plan.actions().get(i);
      actions.add(i == 0 ? "\n$T.TYPE" : ",\n$T.TYPE", a.className());
      actionSwitch.add(
          "case $S -> $T.TYPE;\n", a.definition().name().toLowerCase(Locale.ROOT), a.className());
    }
    ClassName self = plan.bindingsClass();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(CoreTypes.BINDINGS)
            .addJavadoc(
                JavadocText.block(
                    "The actions and events of $L: $L actions, $L events.\n",
                    JavadocText.escape(files.sourceDescription()),
                    plan.actions().size(),
                    plan.events().size()))
            .addField(
                FieldSpec.builder(
                        String.class, "SOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                        JavadocText.block(
                            "The definitions file and Asterisk version these bindings come"
                                + " from."))
                    .initializer("$S", files.sourceDescription())
                    .build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), eventType),
                        "EVENTS",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(events.unindent().add(")").build())
                    .build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), actionType),
                        "ACTIONS",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer(actions.unindent().add(")").build())
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc(JavadocText.block("Creates the bindings; they hold no state."))
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(lookup("event", eventType, eventSwitch))
            .addMethod(lookup("action", actionType, actionSwitch))
            .addMethod(all("events", eventType, "EVENTS"))
            .addMethod(all("actions", actionType, "ACTIONS"))
            .addMethod(
                MethodSpec.methodBuilder("source")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return SOURCE")
                    .build());
    return files.file(self, files.decorate(type).build());
  }

  private static MethodSpec lookup(String name, TypeName returns, CodeBlock.Builder body) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addParameter(String.class, "name")
        .beginControlFlow("if (name == null)")
        .addStatement("return null")
        .endControlFlow()
        .addCode(body.add("default -> null;\n").unindent().add("};\n").build())
        .build();
  }

  private static MethodSpec all(String name, TypeName element, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Collection.class), element))
        .addStatement("return $L", field)
        .build();
  }
}
