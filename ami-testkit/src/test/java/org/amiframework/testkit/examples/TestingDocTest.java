package org.amiframework.testkit.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code of TESTING.md is the code of this package's examples, which are real tests. */
class TestingDocTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Path EXAMPLES = Path.of("src/test/java/org/amiframework/testkit/examples");

  @Test
  void everyJavaBlockIsPartOfAnExampleSource() throws IOException {
    Path doc = Path.of("TESTING.md");
    assertTrue(Files.exists(doc), "run from the module directory: " + doc.toAbsolutePath());
    List<String> sources = new ArrayList<>();
    for (String name :
        List.of(
            "MissedCalls", "MissedCallsTest", "MissedCallsDirectTest", "MissedCallsOverHttpTest")) {
      sources.add(normalized(Files.readString(EXAMPLES.resolve(name + ".java"))));
    }
    Matcher block = JAVA_BLOCK.matcher(Files.readString(doc));
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String code = normalized(block.group(1));
      assertTrue(
          sources.stream().anyMatch(s -> s.contains(code)),
          () -> "this block of TESTING.md is in no example source:\n" + code);
    }
    assertFalse(blocks < 4, "TESTING.md shows the handler, the TCP, the direct and the HTTP test");
  }

  /** Lines stripped of indentation, blank lines dropped: the layout may differ, not the code. */
  private static String normalized(String code) {
    StringBuilder sb = new StringBuilder();
    code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }
}
