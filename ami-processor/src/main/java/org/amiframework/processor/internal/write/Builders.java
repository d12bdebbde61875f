package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/** Methods every generated builder has. */
final class Builders {

  private Builders() {}

  /** {@code header(name, value)}: any header the definitions do not document; repeats are kept. */
  static MethodSpec header(ClassName builder) {
    return MethodSpec.methodBuilder("header")
        .addJavadoc(
            JavadocText.block(
                "Adds a header as is, for names the definitions do not document; repeats are kept.\n\n"
                    + "@param name the header name\n@param value the value\n@return this builder"))
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("message.add(name, value)")
        .addStatement("return this")
        .build();
  }
}
