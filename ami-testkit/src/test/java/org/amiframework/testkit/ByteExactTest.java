package org.amiframework.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For recorded sessions whose answers hold nothing volatile (no clock, no security event), the
 * fake's whole output must equal the recorded bytes: greeting, CRLFs, blank lines, everything.
 */
class ByteExactTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a2-login-failure-wrong-secret",
        "a3-login-failure-unknown-user",
        "f-listcommands-nobody",
        "f-listcommands-reporter",
        "i-challenge-md5-bad-key",
        "i-challenge-unsupported-authtype",
        "j-login-events-off"
      })
  void writesTheRecordedBytes(String name) throws Exception {
    byte[] expected = Files.readAllBytes(SharedData.capture(name + ".rx"));
    AmiCapture recorded = AmiCapture.ofServerBytes(expected);
    try (FakeAsterisk pbx = SharedData.likeTheRecordedServer(recorded).start();
        Socket socket = new Socket(pbx.host(), pbx.port())) {
      socket.getOutputStream().write(Files.readAllBytes(SharedData.capture(name + ".tx")));
      socket.setSoTimeout((int) RawAmiClient.TIMEOUT.toMillis());
      assertEquals(
          new String(expected, StandardCharsets.ISO_8859_1),
          new String(readToEnd(socket.getInputStream()), StandardCharsets.ISO_8859_1));
    }
  }

  private static byte[] readToEnd(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
