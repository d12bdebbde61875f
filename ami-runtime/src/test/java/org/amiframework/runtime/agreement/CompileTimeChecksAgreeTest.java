package org.amiframework.runtime.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.amiframework.asterisk.AsteriskBindings;
import org.amiframework.processor.BindingsProcessor;
import org.amiframework.processor.HandlerCheckProcessor;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same handlers, checked twice: by the runtime at deployment over the stock bindings, and by
 * ami-processor when their source compiles. Each mistake fails both, with the same words, and the
 * processor's error sits on the marked line; the valid handler passes both.
 */
class CompileTimeChecksAgreeTest {

  private static final Path SOURCE =
      Path.of("src/test/java/org/amiframework/runtime/agreement/HandlerMistakes.java");

  private static List<String> lines;
  private static Compilation compiled;

  @BeforeAll
  static void compileWithTheProcessor() throws IOException {
    lines = Files.readAllLines(SOURCE);
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "org.amiframework.runtime.agreement.HandlerMistakes", String.join("\n", lines));
    compiled =
        Compiler.javac()
            .withProcessors(new BindingsProcessor(), new HandlerCheckProcessor())
            .compile(source);
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            HandlerMistakes.TypoInWhere.class,
            "AMI-E104",
            "m(Hangup): @Where(header = \"Contxt\") names a header Hangup does not document"),
        Arguments.of(
            HandlerMistakes.SecondNotClient.class,
            "AMI-E101",
            "m(Hangup, String): its second parameter must be AmiClient (the connection), not "),
        Arguments.of(
            HandlerMistakes.ReturnsValue.class,
            "AMI-E102",
            "m(Hangup): must return void, not String"),
        Arguments.of(HandlerMistakes.Hidden.class, "AMI-E103", "m(Hangup): must not be private"),
        Arguments.of(
            HandlerMistakes.BothConditions.class,
            "AMI-E105",
            "m(Hangup): @Where(header = \"Context\") must give exactly one of equals and matches"),
        Arguments.of(
            HandlerMistakes.BadRegex.class,
            "AMI-E106",
            "m(Hangup): @Where(header = \"Context\") has an invalid regular expression: Unclosed"
                + " character class near index 4 of \"([a-z\""),
        Arguments.of(
            HandlerMistakes.PatternOfAnotherEvent.class,
            "AMI-E107",
            "m(Hangup): pattern 'Dial*' matches no event a Hangup can be (Hangup)"),
        Arguments.of(
            HandlerMistakes.WrongClass.class,
            "AMI-E108",
            "m(Hangup): can never receive an event: @RequiresPrivilege allows [system] but Hangup"
                + " has [call]"),
        Arguments.of(
            HandlerMistakes.FilterWithoutHandler.class,
            "AMI-E109",
            "m(Hangup): @Where and @RequiresPrivilege need @OnEvent"));
  }

  @ParameterizedTest
  @MethodSource("mistakes")
  void eachMistakeFailsTheDeploymentAndTheCompilationWithTheSameWords(
      Class<?> bean, String id, String problem) {
    String expected = bean.getName() + "." + problem;
    RuntimeException deployment = assertThrows(RuntimeException.class, () -> deploy(bean));
    assertTrue(
        deployment.getMessage().contains(expected),
        () -> "runtime said: " + deployment.getMessage() + "\nexpected: " + expected);

    int line = lineOf("// " + id);
    List<String> atLine =
        compiled.errors().stream()
            .filter(e -> e.getLineNumber() == line)
            .map(e -> e.getMessage(null))
            .toList();
    assertEquals(1, atLine.size(), () -> "errors at line " + line + ": " + compiled.errors());
    assertTrue(
        atLine.get(0).startsWith("[" + id + "] " + expected),
        () -> "processor said: " + atLine.get(0) + "\nexpected: " + expected);
  }

  @Test
  void theValidHandlerPassesBoth() {
    deploy(HandlerMistakes.Valid.class);
    assertEquals(
        mistakes().count(),
        compiled.errors().size(),
        () -> "one error per mistake, none for Valid: " + compiled.errors());
    assertTrue(
        compiled.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .allMatch(d -> d.getMessage(null).startsWith("[AMI-E1")),
        () -> "only the processor's errors: " + compiled.errors());
  }

  private static void deploy(Class<?> bean) {
    AmiApplication.builder()
        .disableDiscovery()
        .settings(TestApp.settings("default").build())
        .clientFactory(new TestClients())
        .bindings(new AsteriskBindings())
        .beanClasses(bean)
        .start()
        .close();
  }

  private static int lineOf(String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(marker + " not in " + SOURCE);
  }
}
