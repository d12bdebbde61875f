package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.plan.FieldPlan;

/**
 * The code of one typed header, shared by events and actions: the accessor's type and decoding, the
 * builder's parameter type and encoding. Decoding is lenient: text that does not parse gives null
 * and stays readable in the message.
 */
final class FieldCode {

  private FieldCode() {}

  /** The accessor's return type (boxed: absent headers are null). */
  static TypeName accessorType(FieldPlan f) {
    return switch (f.type()) {
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case DECIMAL -> ClassName.get(Double.class);
      case DURATION_SECONDS -> ClassName.get(Duration.class);
      case ENUM -> f.enumType();
      case STRING -> ClassName.get(String.class);
    };
  }

  /** The builder's parameter type (primitive for numbers and flags). */
  static TypeName builderType(FieldPlan f) {
    return switch (f.type()) {
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOLEAN -> TypeName.BOOLEAN;
      case DECIMAL -> TypeName.DOUBLE;
      default -> accessorType(f);
    };
  }

  /**
   * The accessor body of an event, through the typed helpers of {@code AbstractAmiEvent}.
   *
   * @param f the field
   */
  static CodeBlock decodeEvent(FieldPlan f) {
    String helper =
        switch (f.type()) {
          case INT -> "integer";
          case LONG -> "longInteger";
          case BOOLEAN -> "bool";
          case DECIMAL -> "decimal";
          case STRING -> "text";
          default -> null;
        };
    if (f.kind() == FieldPlan.Kind.SECOND_OF_FIRST_NAME) {
      return second(f, CodeBlock.of("message()"));
    }
    return helper == null
        ? decode(f, CodeBlock.of("text($S)", f.header()))
        : CodeBlock.of("return $L($S);\n", helper, f.header());
  }

  /**
   * The accessor body.
   *
   * @param f the field
   * @param raw the expression of the header's raw text ({@code message.get("X")})
   */
  static CodeBlock decode(FieldPlan f, CodeBlock raw) {
    ClassName values = CoreTypes.VALUES;
    return switch (f.type()) {
      case STRING -> CodeBlock.of("return $L;\n", raw);
      case INT -> CodeBlock.of("return $T.parseInt($L);\n", values, raw);
      case LONG -> CodeBlock.of("return $T.parseLong($L);\n", values, raw);
      case BOOLEAN -> CodeBlock.of("return $T.parseBoolean($L);\n", values, raw);
      case DECIMAL -> CodeBlock.of("return $T.parseDouble($L);\n", values, raw);
      case ENUM -> CodeBlock.of("return $T.of($L);\n", f.enumType(), raw);
      case DURATION_SECONDS ->
          CodeBlock.builder()
              .addStatement("$T seconds = $T.parseLong($L)", Long.class, values, raw)
              .addStatement("return seconds == null ? null : $T.ofSeconds(seconds)", Duration.class)
              .build();
    };
  }

  /**
   * The setter body: sets the header in {@code message} from the parameter {@code value}. A null
   * string fails in {@code AmiMessage.Builder} with the header's name; other objects fail here.
   */
  static CodeBlock set(FieldPlan f) {
    CodeBlock.Builder b = CodeBlock.builder();
    if (f.kind() == FieldPlan.Kind.SECOND_OF_FIRST_NAME) {
      return b.addStatement("message.add($S, value)", f.header()).build();
    }
    if (f.type() == ValueType.ENUM || f.type() == ValueType.DURATION_SECONDS) {
      b.addStatement("$T.requireNonNull(value, $S)", Objects.class, f.header());
    }
    CodeBlock text =
        switch (f.type()) {
          case STRING -> CodeBlock.of("value");
          case INT -> CodeBlock.of("$T.toString(value)", Integer.class);
          case LONG -> CodeBlock.of("$T.toString(value)", Long.class);
          case BOOLEAN -> CodeBlock.of("$T.toString(value)", Boolean.class);
          case DECIMAL -> CodeBlock.of("$T.toString(value)", Double.class);
          case DURATION_SECONDS -> CodeBlock.of("$T.toString(value.getSeconds())", Long.class);
          case ENUM -> CodeBlock.of("value.wireName()");
        };
    return b.addStatement("message.set($S, $L)", f.header(), text).build();
  }

  /** For a setter's Javadoc: {@code ": description."}, or {@code "."} without one. */
  static String describe(FieldPlan f) {
    String d = f.parameter().description();
    return d.isBlank() ? "." : ": " + JavadocText.sentence(d, "");
  }

  /**
   * The second value of a header named like the first header of the message.
   *
   * @param message the expression of the message
   */
  static CodeBlock second(FieldPlan f, CodeBlock message) {
    return CodeBlock.builder()
        .addStatement(
            "$T<$T> values = $L.getAll($S)", List.class, String.class, message, f.header())
        .addStatement("return values.size() > 1 ? values.get(1) : null")
        .build();
  }

  /** What the accessor's Javadoc says it returns. */
  static String returnsDoc(FieldPlan f) {
    return switch (f.type()) {
      case STRING -> "the value, or null when absent";
      case ENUM ->
          "the value, {@code UNRECOGNIZED} for a value not documented, or null when absent";
      case BOOLEAN -> "the flag, or null when absent or not a truth value";
      default -> "the value, or null when absent or not a number (the text stays in the message)";
    };
  }
}
