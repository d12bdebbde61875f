package org.amiframework.core.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class CapturesTest {

  @Test
  void failsClearlyWhenTheSharedDirectoryIsNotSetOrMissing() {
    AssertionFailedError unset =
        assertThrows(AssertionFailedError.class, () -> Captures.sharedDir(null));
    assertTrue(unset.getMessage().contains("ami.shared.dir is not set"), unset.getMessage());
    AssertionFailedError missing =
        assertThrows(AssertionFailedError.class, () -> Captures.sharedDir("/no/such/dir"));
    assertTrue(missing.getMessage().contains("/no/such/dir"), missing.getMessage());
  }

  @Test
  void listsTheTcpCapturesOnly() {
    List<String> names = Captures.names();
    assertTrue(names.contains("a1-login-success-logoff"), names.toString());
    assertTrue(names.stream().noneMatch(n -> n.startsWith("k-http")), names.toString());
  }

  @Test
  void readsTheChunksOfBothDirectionsWithTheirEscapes() {
    List<Captures.Chunk> chunks = Captures.chunks("b-ping");
    assertEquals("rx", chunks.get(0).direction());
    assertEquals(
        "Asterisk Call Manager/11.0.0\r\n",
        new String(chunks.get(0).data(), StandardCharsets.ISO_8859_1));
    assertTrue(chunks.get(0).seconds() >= 0);
    assertArrayEquals(Captures.tx("b-ping"), concat(Captures.txChunks("b-ping")), "UTF-8 kept");
    assertArrayEquals(Captures.rx("b-ping"), concat(Captures.rxChunks("b-ping")));
  }

  private static byte[] concat(List<byte[]> chunks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
