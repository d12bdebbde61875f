package org.amiframework.processor.internal.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.plan.EventPlan;
import org.amiframework.processor.internal.plan.FieldPlan;

/**
 * Writes one event class: a typed, lazy view over the received message, its {@code TYPE} for
 * bindings, {@code @EventMetadata} for checks of user code, and a builder for tests.
 */
final class EventWriter {

  private final GeneratedFiles files;

  EventWriter(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile write(EventPlan plan) {
    EventDefinition def = plan.definition();
    ClassName self = plan.className();
    ClassName builder = self.nestedClass("Builder");
    TypeName classSet = Members.CLASS_SET;
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(CoreTypes.ABSTRACT_AMI_EVENT)
            .addJavadoc(JavadocText.block(classDoc(def)))
            .addAnnotation(metadata(plan))
            .addField(Members.nameConstant("event", def.name()))
            .addField(
                FieldSpec.builder(classSet, "CLASSES", Members.PRIVATE_CONSTANT)
                    .initializer(classSet(def.classes()))
                    .build())
            .addField(
                FieldSpec.builder(Members.STRING_SET, "HEADERS", Members.PRIVATE_CONSTANT)
                    .initializer(stringSet(headers(plan)))
                    .build())
            .addField(
                FieldSpec.builder(
                        ParameterizedTypeName.get(CoreTypes.EVENT_TYPE, self),
                        "TYPE",
                        Members.CONSTANT)
                    .addJavadoc(
                        JavadocText.block(
                            "This event's type, for bindings: name, classes, headers, decoder."))
                    .initializer(
                        "new $T<>(NAME,$W$T.class,$WCLASSES,$WHEADERS,$W$T::new)",
                        CoreTypes.EVENT_TYPE,
                        self,
                        self)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(CoreTypes.AMI_MESSAGE, "message")
                    .addStatement("super(message)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc(
                        JavadocText.block(
                            "A builder of this event, for tests and fake servers.\n\n"
                                + "@return a new builder"))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("privilegeClasses")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(classSet)
                    .addStatement("return CLASSES")
                    .build());
    for (FieldPlan f : plan.fields()) {
      type.addMethod(accessor(f));
    }
    type.addType(builderType(plan, builder));
    return files.file(self, files.decorate(type).build());
  }

  private static MethodSpec accessor(FieldPlan f) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(f.javaName())
            .addModifiers(Modifier.PUBLIC)
            .returns(FieldCode.accessorType(f))
            .addJavadoc(
                JavadocText.block(
                    "$L\n\n<p>Header {@code $L}.\n\n@return $L",
                    JavadocText.sentence(f.parameter().description(), "The header's value"),
                    JavadocText.escape(f.header()),
                    FieldCode.returnsDoc(f)))
            .addCode(FieldCode.decodeEvent(f));
    if (f.javaName().equals("actionId")) {
      m.addAnnotation(Override.class); // AmiEvent.actionId() reads the same header
    }
    return m.build();
  }

  private TypeSpec builderType(EventPlan plan, ClassName builder) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("message.add($S, NAME)", "Event");
    if (!plan.definition().classes().isEmpty()) {
      // Asterisk lists every class of the event, then "all" (authority_to_str)
      constructor.addStatement(
          "message.add($S, $S)",
          "Privilege",
          String.join(",", plan.definition().classes()) + ",all");
    }
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                JavadocText.block(
                    "Builds a {@code $L} event as Asterisk writes it: {@code Event}, {@code Privilege},"
                        + " then headers in the order they are set.",
                    plan.definition().name()))
            .addField(
                FieldSpec.builder(
                        CoreTypes.AMI_MESSAGE_BUILDER, "message", Modifier.PRIVATE, Modifier.FINAL)
                    .initializer("$T.builder()", CoreTypes.AMI_MESSAGE)
                    .build())
            .addMethod(constructor.build());
    for (FieldPlan f : plan.fields()) {
      b.addMethod(
          MethodSpec.methodBuilder(f.javaName())
              .addJavadoc(
                  JavadocText.block(
                      "Sets {@code $L}$L\n\n@param value the value\n@return this builder",
                      JavadocText.escape(f.header()),
                      FieldCode.describe(f)))
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(FieldCode.builderType(f), "value")
              .addCode(FieldCode.set(f))
              .addStatement("return this")
              .build());
    }
    b.addMethod(Builders.header(builder))
        .addMethod(
            MethodSpec.methodBuilder("build")
                .addJavadoc(JavadocText.block("The event.\n\n@return a new event"))
                .addModifiers(Modifier.PUBLIC)
                .returns(plan.className())
                .addStatement("return new $T(message.build())", plan.className())
                .build());
    return b.build();
  }

  private static AnnotationSpec metadata(EventPlan plan) {
    AnnotationSpec.Builder a =
        AnnotationSpec.builder(CoreTypes.EVENT_METADATA)
            .addMember("name", "$S", plan.definition().name());
    List<String> headers = headers(plan);
    if (headers.isEmpty()) {
      a.addMember("headers", "{}");
    }
    headers.forEach(h -> a.addMember("headers", "$S", h));
    a.addMember("classes", "$L", classArray(plan.definition().classes()));
    plan.headerPatterns().forEach(p -> a.addMember("headerPatterns", "$S", p));
    return a.build();
  }

  private static List<String> headers(EventPlan plan) {
    return plan.fields().stream().map(FieldPlan::header).toList();
  }

  private static String classDoc(EventDefinition def) {
    return JavadocText.sentence(def.synopsis(), "The " + def.name() + " event")
        + "\n\n<p>Event {@code "
        + JavadocText.escape(def.name())
        + "}. Privilege classes: "
        + JavadocText.list(def.classes(), "none documented")
        + ". Modules: "
        + JavadocText.list(def.modules(), "not documented")
        + ". Since: "
        + JavadocText.list(def.since(), "not documented")
        + ".\n";
  }

  /** {@code Set.of(PrivilegeClass.CALL, ...)}. */
  static CodeBlock classSet(List<String> classes) {
    return CodeBlock.of("$T.of($L)", Set.class, classList(classes));
  }

  private static CodeBlock classArray(List<String> classes) {
    return CodeBlock.of("{$L}", classList(classes));
  }

  private static CodeBlock classList(List<String> classes) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < classes.size(); i++) {
      b.add(
          i == 0 ? "$T.$L" : ",$W$T.$L",
          CoreTypes.PRIVILEGE_CLASS,
          classes.get(i).toUpperCase(Locale.ROOT));
    }
    return b.build();
  }

  /** {@code Set.of(...)}, one name a line. */
  static CodeBlock stringSet(List<String> names) {
    if (names.isEmpty()) {
      return CodeBlock.of("$T.of()", Set.class);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(\n", Set.class).indent().indent();
    for (int i = 0; i < names.size(); i++) {
      b.add(i + 1 < names.size() ? "$S,\n" : "$S", names.get(i));
    }
    return b.unindent().unindent().add(")").build();
  }
}
