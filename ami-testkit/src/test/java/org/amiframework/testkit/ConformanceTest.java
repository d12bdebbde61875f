package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.testkit.stub.Stubs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the client side of real recorded sessions against the fake and compares its answers with
 * what Asterisk 22.10.1 answered: same messages in the same order, same header names in the same
 * order, same values except the volatile ones listed below.
 *
 * <p>The fake is configured as that server was (users from the captures' README, systemname {@code
 * amitest}). What only the real server's state can know is taken from the capture at run time
 * rather than copied into the repository: the CLI outputs of the Command actions, the queues
 * QueueStatus lists, and the MD5 challenge (fixed so that the recorded key is valid).
 *
 * <p>Out of scope: the security events (SuccessfulAuth, ChallengeSent, ...) Asterisk also sends to
 * users with the {@code security} read class. The fake does not produce them; they are removed from
 * the expected stream before comparing.
 */
class ConformanceTest {

  /** Values that differ from run to run or from host to host. */
  private static final Set<String> VOLATILE =
      new TreeSet<>(String.CASE_INSENSITIVE_ORDER) {
        {
          // clocks
          addAll(List.of("Timestamp", "Uptime", "LastReload"));
          addAll(List.of("CoreStartupDate", "CoreStartupTime", "CoreReloadDate", "CoreReloadTime"));
          // the recorded server's load and configuration (asterisk.conf, cdr.conf, http.conf)
          addAll(List.of("CoreCurrentCalls", "CoreProcessedCalls", "CoreMaxCalls"));
          addAll(List.of("CoreCDRenabled", "CoreHTTPenabled"));
        }
      };

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a1-login-success-logoff",
        "a2-login-failure-wrong-secret",
        "a3-login-failure-unknown-user",
        "a4-action-before-login",
        "b-ping",
        "e-command-output",
        "f-listcommands",
        "f-listcommands-nobody",
        "f-listcommands-reporter",
        "h1-errors-admin",
        "h2-permission-denied-nobody",
        "h3-permission-reporter",
        "i-challenge-md5-login",
        "i-challenge-md5-bad-key",
        "i-challenge-unsupported-authtype",
        "j-login-events-off"
      })
  void answersAsAsteriskDid(String name) throws Exception {
    AmiCapture recorded = AmiCapture.fromServer(SharedData.capture(name + ".rx"));
    AmiCapture sent = AmiCapture.fromClient(SharedData.capture(name + ".tx"));
    List<AmiMessage> expected =
        recorded.messages().stream().filter(m -> !isSecurityEvent(m)).toList();

    try (FakeAsterisk pbx = configuredLike(recorded, sent);
        RawAmiClient client = RawAmiClient.connect(pbx)) {
      assertEquals(recorded.greeting().orElseThrow(), client.greeting(), "greeting");
      client.sendRaw(Files.readAllBytes(SharedData.capture(name + ".tx")));
      List<AmiMessage> actual = client.readUntilClosed();
      compare(expected, actual);
    }
  }

  private static boolean isSecurityEvent(AmiMessage m) {
    return m.kind() == MessageKind.EVENT && "security,all".equals(m.get("Privilege"));
  }

  private static FakeAsterisk configuredLike(AmiCapture recorded, AmiCapture sent) {
    FakeAsterisk pbx = SharedData.likeTheRecordedServer(recorded).systemName("amitest").start();
    Map<String, AmiMessage> responses = responsesById(recorded);
    scriptCli(pbx, sent, responses);
    scriptQueues(pbx, sent, recorded);
    return pbx;
  }

  private static Map<String, AmiMessage> responsesById(AmiCapture recorded) {
    Map<String, AmiMessage> byId = new HashMap<>();
    for (AmiMessage m : recorded.messages()) {
      if (m.kind() == MessageKind.RESPONSE && m.actionId() != null) {
        byId.put(m.actionId(), m);
      }
    }
    return byId;
  }

  /** Each successful Command's recorded output, in order (one command may answer differently). */
  private static void scriptCli(
      FakeAsterisk pbx, AmiCapture sent, Map<String, AmiMessage> responses) {
    Map<String, List<List<String>>> outputs = new LinkedHashMap<>();
    for (AmiMessage action : sent.messages()) {
      AmiMessage response = responses.get(action.actionId());
      if ("Command".equalsIgnoreCase(action.get("Action"))
          && response != null
          && "Success".equals(response.get("Response"))) {
        outputs
            .computeIfAbsent(action.get("Command"), c -> new ArrayList<>())
            .add(response.getAll("Output"));
      }
    }
    outputs.forEach(
        (command, answers) -> {
          int[] calls = {0};
          pbx.cli()
              .define(
                  command,
                  line -> CliResult.ok(answers.get(Math.min(calls[0]++, answers.size() - 1))));
        });
  }

  /** QueueStatus answers the queue items Asterisk listed (the fake adds the ActionID). */
  private static void scriptQueues(FakeAsterisk pbx, AmiCapture sent, AmiCapture recorded) {
    for (AmiMessage action : sent.messages()) {
      if (!"QueueStatus".equalsIgnoreCase(action.get("Action"))) {
        continue;
      }
      List<AmiMessage> items = new ArrayList<>();
      for (AmiMessage m : recorded.messages()) {
        if (m.kind() == MessageKind.EVENT
            && action.actionId().equals(m.actionId())
            && !m.eventName().endsWith("Complete")) {
          items.add(m.toBuilder().remove("ActionID").build());
        }
      }
      pbx.stubFor(Stubs.action("QueueStatus"))
          .willReturn(Stubs.list(items).withMessage("Queue status will follow"));
      return;
    }
  }

  private static void compare(List<AmiMessage> expected, List<AmiMessage> actual) {
    int n = Math.min(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      compareMessage(i, expected.get(i), actual.get(i));
    }
    if (expected.size() != actual.size()) {
      fail(
          "expected "
              + expected.size()
              + " messages, the fake sent "
              + actual.size()
              + "; first extra/missing: "
              + (expected.size() > n ? expected.get(n) : actual.get(n)));
    }
  }

  private static void compareMessage(int index, AmiMessage expected, AmiMessage actual) {
    String where = "message " + (index + 1) + " (" + expected.header(0) + ")";
    List<String> expectedNames = expected.headers().stream().map(h -> h.name()).toList();
    List<String> actualNames = actual.headers().stream().map(h -> h.name()).toList();
    assertEquals(
        expectedNames,
        actualNames,
        where + ": header names\nexpected:\n" + expected + "actual:\n" + actual);
    for (int h = 0; h < expected.size(); h++) {
      if (!VOLATILE.contains(expected.name(h))) {
        assertEquals(
            expected.value(h),
            actual.value(h),
            where + ": value of " + expected.name(h) + " (header " + (h + 1) + ")");
      }
    }
    assertEquals(expected.body(), actual.body(), where + ": legacy body");
  }
}
