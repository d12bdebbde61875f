package org.amiframework.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.GenericAction;
import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;
import org.amiframework.core.client.HttpEndpoint;
import org.amiframework.core.testsupport.TestCertificates;
import org.amiframework.core.testsupport.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of {@code HTTP.md}, run against {@link FakeHttpAsterisk}. Each block of the page is one
 * region of this file between {@code // [guide]} and {@code // [/guide]}, in the same order, line
 * for line but for indentation and the lines marked {@code // (test)}, which check what the block
 * did.
 */
class HttpGuideTest {

  private static final Pattern DOC_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern REGION =
      Pattern.compile("// \\[guide]\\n(.*?)// \\[/guide]", Pattern.DOTALL);
  private static final Path SOURCE =
      Path.of("src/test/java/org/amiframework/core/internal/http/HttpGuideTest.java");

  private final String user = "admin";
  private final String secret = "adminpw";

  @Test
  void theGuideShowsTheCodeOfThisTest() throws IOException {
    Path guide = Path.of("HTTP.md");
    assertTrue(Files.exists(guide), "run from the module directory: " + guide.toAbsolutePath());
    List<String> blocks = code(DOC_BLOCK.matcher(Files.readString(guide)));
    List<String> regions = code(REGION.matcher(Files.readString(SOURCE)));
    assertEquals(4, regions.size(), "regions of this test");
    assertEquals(regions, blocks, "the Java blocks of HTTP.md, in order");
  }

  @Test
  void connecting() throws Exception {
    try (FakeHttpAsterisk fake = new FakeHttpAsterisk(60)) {
      String pbxUrl = fake.url("");
      // [guide]
      AmiClientConfig config =
          AmiClientConfig.builder()
              .httpEndpoint(pbxUrl + "/rawman") // pbxUrl: e.g. http://pbx.example.org:8088
              .username(user)
              .secret(secret)
              .build();
      try (AmiClient ami = AmiClient.create(config)) {
        ami.connect().join();
        AmiResponse pong = ami.sendAndWait(GenericAction.named("Ping"));
        assertEquals("Pong", pong.header("Ping")); // (test)
        assertEquals("11.0.0", ami.amiVersion()); // (test)
      }
      // [/guide]
      assertEquals(1, fake.requests("Login").size());
      assertEquals(1, fake.requests("Logoff").size(), "closing logs off");
    }
  }

  @Test
  void digestWithAnotherHttptimeout() throws Exception {
    try (FakeHttpAsterisk fake = new FakeHttpAsterisk(120)) {
      String pbxUrl = fake.url("");
      // [guide]
      HttpEndpoint digest =
          HttpEndpoint.parse(pbxUrl + "/arawman").withSessionTimeout(Duration.ofSeconds(120));
      AmiClientConfig config =
          AmiClientConfig.builder().httpEndpoint(digest).username(user).secret(secret).build();
      // [/guide]
      try (AmiClient ami = AmiClient.create(config)) {
        ami.connect().join();
        assertEquals("Pong", ami.sendAndWait(GenericAction.named("Ping")).header("Ping"));
        TestClients.eventually("a poll", () -> !fake.requests("WaitEvent").isEmpty());
        assertEquals("105", fake.requests("WaitEvent").get(0).fields().get("Timeout"));
      }
      assertTrue(fake.requests("Login").isEmpty(), "Digest needs no Login");
    }
  }

  @Test
  void https(@TempDir Path dir) throws Exception {
    TestCertificates certificate = TestCertificates.generate(dir, "ip:127.0.0.1");
    try (FakeHttpAsterisk fake = new FakeHttpAsterisk(60, certificate.serverContext())) {
      String securePbxUrl = fake.url("");
      SSLContext trustingThePbx = certificate.clientContext();
      // [guide]
      AmiClientConfig config =
          AmiClientConfig.builder()
              .httpEndpoint(securePbxUrl + "/rawman") // e.g. https://pbx.example.org:8089
              .sslContext(trustingThePbx) // left out: the JDK's default trust store
              .username(user)
              .secret(secret)
              .build();
      // [/guide]
      assertTrue(securePbxUrl.startsWith("https://"), securePbxUrl);
      try (AmiClient ami = AmiClient.create(config)) {
        ami.connect().join();
        assertEquals("Pong", ami.sendAndWait(GenericAction.named("Ping")).header("Ping"));
      }
    }
  }

  @Test
  void getInsteadOfPost() throws Exception {
    try (FakeHttpAsterisk fake = new FakeHttpAsterisk(60)) {
      String pbxUrl = fake.url("");
      // [guide]
      HttpEndpoint get =
          HttpEndpoint.parse(pbxUrl + "/rawman").withRequestMethod(HttpEndpoint.RequestMethod.GET);
      // [/guide]
      AmiClientConfig config =
          AmiClientConfig.builder().httpEndpoint(get).username(user).secret(secret).build();
      try (AmiClient ami = AmiClient.create(config)) {
        ami.connect().join();
      }
      assertEquals("GET", fake.requests("Login").get(0).method());
    }
  }

  /** Each match's code: lines stripped of indentation, blank and {@code (test)} lines dropped. */
  private static List<String> code(Matcher matcher) {
    List<String> all = new ArrayList<>();
    while (matcher.find()) {
      all.add(
          matcher
              .group(1)
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.endsWith("// (test)"))
              .collect(Collectors.joining("\n")));
    }
    return all;
  }
}
