package org.amiframework.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Handler methods checked at compile time, each problem an error at the user's exact line with a
 * stable id, against a hand-written event class and against one generated in the same compilation.
 */
class HandlerCheckProcessorTest {

  /** An event class as the bindings processor writes it, as far as the checks read it. */
  private static final JavaFileObject HANGUP =
      JavaFileObjects.forSourceLines(
          "org.example.pbx.event.Hangup",
          "package org.example.pbx.event;",
          "",
          "import org.amiframework.core.api.AbstractAmiEvent;",
          "import org.amiframework.core.api.EventMetadata;",
          "import org.amiframework.core.api.PrivilegeClass;",
          "import org.amiframework.core.message.AmiMessage;",
          "",
          "@EventMetadata(",
          "    name = \"Hangup\",",
          "    headers = {\"Channel\", \"Context\", \"Exten\", \"Cause\", \"Cause-txt\"},",
          "    classes = {PrivilegeClass.CALL},",
          "    headerPatterns = {\"Report\\\\d+SSRC\"})",
          "public final class Hangup extends AbstractAmiEvent {",
          "  private Hangup(AmiMessage message) {",
          "    super(message);",
          "  }",
          "",
          "  @Override",
          "  public java.util.Set<PrivilegeClass> privilegeClasses() {",
          "    return java.util.Set.of(PrivilegeClass.CALL);",
          "  }",
          "}");

  private static final String[] HANDLERS = {
    "package org.example.app;",
    "",
    "import org.amiframework.core.api.AmiEvent;",
    "import org.amiframework.core.api.PrivilegeClass;",
    "import org.amiframework.core.client.AmiClient;",
    "import org.amiframework.runtime.OnEvent;",
    "import org.amiframework.runtime.RequiresPrivilege;",
    "import org.amiframework.runtime.Server;",
    "import org.amiframework.runtime.Where;",
    "import org.example.pbx.event.Hangup;",
    "",
    "class Handlers {",
    "  @OnEvent",
    "  @Where(header = \"Contxt\", equals = \"from-pstn\") // E104 typo",
    "  void typo(Hangup h) {}",
    "",
    "  @OnEvent",
    "  @Where(header = \"Context\", equals = \"from-pstn\")",
    "  @Where(header = \"CAUSE_TXT\", matches = \".*\") // E104 second",
    "  void secondWhere(Hangup h, AmiClient connection) {}",
    "",
    "  @OnEvent",
    "  @Where(header = \"Zzzzzzzz\", equals = \"x\") // E104 far",
    "  void farFromAnything(Hangup h) {}",
    "",
    "  @OnEvent",
    "  void notAnEvent(String s) {} // E101 first",
    "",
    "  @OnEvent",
    "  void secondNotClient(Hangup h, String s) {} // E101 second",
    "",
    "  @OnEvent",
    "  void noParameter() {} // E101 none",
    "",
    "  @OnEvent",
    "  int returnsSomething(Hangup h) { return 0; } // E102",
    "",
    "  @OnEvent",
    "  private void hidden(Hangup h) {} // E103",
    "",
    "  @OnEvent",
    "  @Where(header = \"Context\", equals = \"a\", matches = \"b\") // E105 both",
    "  void both(Hangup h) {}",
    "",
    "  @OnEvent",
    "  @Where(header = \"Context\", matches = \"([a-z\") // E106",
    "  void badRegex(Hangup h) {}",
    "",
    "  @OnEvent(\"Dial*\") // E107 never",
    "  void neverHangup(Hangup h) {}",
    "",
    "  @OnEvent(\"New channel\") // E107 space",
    "  void spaced(AmiEvent e) {}",
    "",
    "  @OnEvent",
    "  @RequiresPrivilege(PrivilegeClass.SYSTEM) // E108 never",
    "  void wrongClass(Hangup h) {}",
    "",
    "  @Where(header = \"Context\", equals = \"x\") // E109",
    "  void noOnEvent(Hangup h) {}",
    "",
    "  @OnEvent",
    "  @Server(\"\") // E110",
    "  void blankServer(Hangup h) {}",
    "",
    "  @OnEvent(\"Hang*\")",
    "  @RequiresPrivilege({PrivilegeClass.CALL, PrivilegeClass.SYSTEM})",
    "  @Where(header = \"context\", equals = \"from-pstn\", negate = true)",
    "  @Where(header = \"Report12SSRC\", matches = \"\\\\d+\")",
    "  @Where(header = \"DestChanVariable\", matches = \"x=.*\")",
    "  @Where(header = \"Tenantid\", equals = \"t1\")",
    "  @Where(header = \"SystemName\", equals = \"pbx1\")",
    "  static void fine(Hangup h, AmiClient connection) {}",
    "",
    "  @OnEvent(\"Queue*\")",
    "  @Where(header = \"Anything\", equals = \"x\")",
    "  void open(AmiEvent e) {}",
    "}",
  };

  private static final JavaFileObject HANDLER_SOURCE =
      JavaFileObjects.forSourceLines("org.example.app.Handlers", HANDLERS);

  private static int line(String marker) {
    for (int i = 0; i < HANDLERS.length; i++) {
      if (HANDLERS[i].contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(marker);
  }

  /** Compiles with both processors of the jar, as javac finds them on a user's build. */
  private static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(Fixtures.stubs());
    all.addAll(List.of(sources));
    Path base = Fixtures.path("fixtures").getParent();
    return javac()
        .withProcessors(new BindingsProcessor(), new HandlerCheckProcessor())
        .withOptions("-Xlint:all", "-Aami.basedir=" + base)
        .compile(all);
  }

  @Test
  void eachProblemIsAnErrorAtItsLineWithItsId() {
    Compilation c = compile(HANGUP, HANDLER_SOURCE);
    assertThat(c).failed();
    expect(
        c,
        "E104 typo",
        "[AMI-E104] org.example.app.Handlers.typo(Hangup): @Where(header ="
            + " \"Contxt\") names a header Hangup does not document; did you mean \"Context\"?");
    expect(c, "E104 second", "[AMI-E104]", "did you mean \"Cause-txt\"?");
    expect(c, "E104 far", "[AMI-E104]", "it documents Channel, Context, Exten, Cause, Cause-txt");
    expect(c, "E101 first", "[AMI-E101]", "its first parameter must be an event type");
    expect(c, "E101 second", "[AMI-E101]", "its second parameter must be AmiClient");
    expect(c, "E101 none", "[AMI-E101]", "it takes 0 parameters");
    expect(c, "E102", "[AMI-E102]", "must return void, not int");
    expect(c, "E103", "[AMI-E103]", "must not be private");
    expect(c, "E105 both", "[AMI-E105]", "must give exactly one of equals and matches");
    expect(c, "E106", "[AMI-E106]", "has an invalid regular expression: Unclosed character class");
    expect(c, "E107 never", "[AMI-E107]", "pattern 'Dial*' matches no event a Hangup can be");
    expect(c, "E107 space", "[AMI-E107]", "holds whitespace, which no event name does");
    expect(c, "E108 never", "[AMI-E108]", "allows [system] but Hangup has [call]");
    expect(c, "E109", "[AMI-E109]", "@Where and @RequiresPrivilege need @OnEvent");
    expect(c, "E110", "[AMI-E110]", "@Server has a blank name");
    assertEquals(15, c.errors().size(), c.errors().toString());
  }

  private static void expect(Compilation c, String marker, String... texts) {
    for (String text : texts) {
      assertThat(c).hadErrorContaining(text).inFile(HANDLER_SOURCE).onLine(line(marker));
    }
  }

  @Test
  void aHandlerOfAnEventGeneratedInTheSameCompilationIsCheckedOnceTheClassExists() {
    JavaFileObject bindings =
        JavaFileObjects.forSourceLines(
            "org.example.widgets.package-info",
            "@org.amiframework.core.codegen.GenerateBindings(",
            "    definitions = \"fixtures/widgets.xml\")",
            "package org.example.widgets;");
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.app.WidgetHandlers",
            "package org.example.app;",
            "",
            "class WidgetHandlers {",
            "  @org.amiframework.runtime.OnEvent",
            "  @org.amiframework.runtime.Where(header = \"Sise\", equals = \"3\")",
            "  void onEntry(org.example.widgets.event.WidgetEntry entry) {}",
            "",
            "  @org.amiframework.runtime.OnEvent",
            "  @org.amiframework.runtime.Where(header = \"PeerChannel\", matches = \"PJSIP/.*\")",
            "  void onPeer(org.example.widgets.event.WidgetEntry entry) {}",
            "}");
    Compilation c = compile(bindings, handler);
    assertThat(c)
        .hadErrorContaining(
            "[AMI-E104] org.example.app.WidgetHandlers.onEntry(WidgetEntry): @Where(header ="
                + " \"Sise\") names a header WidgetEntry does not document; did you mean"
                + " \"Size\"?")
        .inFile(handler)
        .onLine(5);
    assertEquals(1, c.errors().size(), c.errors().toString());
  }

  @Test
  void validHandlersCompileWithoutWarnings() {
    JavaFileObject handler =
        JavaFileObjects.forSourceLines(
            "org.example.app.Valid",
            "package org.example.app;",
            "",
            "import org.amiframework.runtime.OnEvent;",
            "import org.amiframework.runtime.Where;",
            "import org.example.pbx.event.Hangup;",
            "",
            "class Valid {",
            "  @OnEvent",
            "  @Where(header = \"Cause\", equals = \"16\")",
            "  void onHangup(Hangup h) {}",
            "}");
    assertThat(compile(HANGUP, handler)).succeededWithoutWarnings();
  }
}
