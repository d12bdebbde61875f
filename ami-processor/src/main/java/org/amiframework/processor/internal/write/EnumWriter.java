package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.amiframework.processor.internal.plan.EnumPlan;

/**
 * Writes an open enum. A Java enum rather than a class of constants, because users switch on it and
 * put it in EnumSets; "open" because {@code UNRECOGNIZED} stands for any value the definitions did
 * not list (a newer Asterisk), and the raw text always stays in the message.
 */
final class EnumWriter {

  private static final int USED_BY_SHOWN = 6;

  private final GeneratedFiles files;

  EnumWriter(GeneratedFiles files) {
    this.files = files;
  }

  JavaFile write(EnumPlan plan) {
    ClassName self = plan.className();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(JavadocText.block(classDoc(plan)));
    for (EnumPlan.Constant c : plan.constants()) {
      type.addEnumConstant(
          c.javaName(),
          TypeSpec.anonymousClassBuilder("$S", c.wireValue())
              .addJavadoc(
                  JavadocText.block(
                      "{@code $L} on the wire$L",
                      JavadocText.escape(c.wireValue()),
                      c.label() == null ? "." : ": " + JavadocText.sentence(c.label(), "")))
              .build());
    }
    type.addEnumConstant(
        "UNRECOGNIZED",
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc(
                JavadocText.block(
                    "A value these bindings do not know (a newer Asterisk); the event's message keeps"
                        + " the text."))
            .build());
    type.addField(
            FieldSpec.builder(
                    ArrayTypeName.of(self),
                    "VALUES",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("values()")
                .build())
        .addField(String.class, "wireName", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(String.class, "wireName")
                .addStatement("this.wireName = wireName")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("wireName")
                .addJavadoc(
                    JavadocText.block(
                        "The exact text on the wire.\n\n@return the text\n@throws"
                            + " IllegalStateException for {@code UNRECOGNIZED}, which has none: send"
                            + " such a value with the builder's {@code header(name, value)}"))
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .beginControlFlow("if (wireName == null)")
                .addStatement(
                    "throw new $T($S)",
                    IllegalStateException.class,
                    "UNRECOGNIZED has no wire text; send the value with header(name, value)")
                .endControlFlow()
                .addStatement("return wireName")
                .build())
        .addMethod(of(self));
    return files.file(self, files.decorate(type).build());
  }

  private static MethodSpec of(ClassName self) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc(
            JavadocText.block(
                "The constant of a wire value: exact match first, then ignoring case.\n\n"
                    + "@param text the header's text, or null\n"
                    + "@return the constant, {@code UNRECOGNIZED} for other text, null for null"))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "text")
        .beginControlFlow("if (text == null)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("for ($T value : VALUES)", self)
        .beginControlFlow("if (text.equals(value.wireName))")
        .addStatement("return value")
        .endControlFlow()
        .endControlFlow()
        .beginControlFlow("for ($T value : VALUES)", self)
        .beginControlFlow("if (text.equalsIgnoreCase(value.wireName))")
        .addStatement("return value")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return UNRECOGNIZED")
        .build();
  }

  private static String classDoc(EnumPlan plan) {
    List<String> used = plan.usedBy();
    String shown = String.join(", ", used.subList(0, Math.min(USED_BY_SHOWN, used.size())));
    if (used.size() > USED_BY_SHOWN) {
      shown += " and " + (used.size() - USED_BY_SHOWN) + " more";
    }
    return "Values of {@code "
        + JavadocText.escape(plan.className().simpleName())
        + "} as the definitions list them.\n\n<p>Open: a value not listed (a newer Asterisk)"
        + " decodes to {@code UNRECOGNIZED}, and the raw text stays in the message. A Java enum"
        + " rather than a class of constants, so it works in {@code switch} and {@code EnumSet}."
        + " Used by: "
        + JavadocText.escape(shown)
        + ".\n";
  }
}
