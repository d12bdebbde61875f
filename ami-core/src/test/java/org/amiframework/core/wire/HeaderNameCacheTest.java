package org.amiframework.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderNameCacheTest {

  private final HeaderNameCache cache = new HeaderNameCache();

  @Test
  void givesTheSameInstanceForTheSameBytes() {
    byte[] line = "xxUniqueid: 1".getBytes(StandardCharsets.US_ASCII);
    String first = cache.get(line, 2, 8);
    assertEquals("Uniqueid", first);
    assertSame(first, cache.get("Uniqueid".getBytes(StandardCharsets.US_ASCII), 0, 8));
  }

  @Test
  void manyDistinctNamesCollideInTheTableButNeverMixUp() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        String name = "Header" + i;
        assertEquals(name, get(name));
      }
    }
    assertEquals("", get(""));
  }

  @Test
  void leavesNonAsciiAndLongNamesToTheCaller() {
    assertNull(cache.get("Nämé".getBytes(StandardCharsets.UTF_8), 0, 6));
    String longest = "L".repeat(HeaderNameCache.MAX_CACHED_LENGTH);
    assertEquals(longest, get(longest));
    assertNull(get(longest + "L"));
  }

  @Test
  void aNameKnownToBeAsciiIsTheSameAsOneCheckedByTheCache() {
    byte[] line = "Channel: x".getBytes(StandardCharsets.US_ASCII);
    String first = cache.getAscii(line, 0, 7);
    assertEquals("Channel", first);
    assertSame(first, get("Channel"));
    String tooLong = "L".repeat(HeaderNameCache.MAX_CACHED_LENGTH + 1);
    byte[] bytes = tooLong.getBytes(StandardCharsets.US_ASCII);
    assertEquals(tooLong, cache.getAscii(bytes, 0, bytes.length));
  }

  @Test
  void namesSharingTheirEndsAndLengthAreNeverMixedUp() {
    // Same length, same first and last eight bytes: the same slot, so each evicts the other.
    String a = "ChannelStateXDescription";
    String b = "ChannelStateYDescription";
    for (int i = 0; i < 3; i++) {
      assertEquals(a, get(a));
      assertEquals(b, get(b));
    }
    assertEquals("Exten", get("Exten"));
    assertEquals("Extent", get("Extent"));
  }

  @Test
  void aShortNameIsTheSameWhateverFollowsItAndWhereverItLies() {
    // Read as one word when eight bytes follow its start, byte by byte at the end of an array.
    byte[] atEnd = "Exten".getBytes(StandardCharsets.US_ASCII);
    String first = cache.getAscii(atEnd, 0, 5);
    assertEquals("Exten", first);
    byte[] inLine = "Exten: 100 and more".getBytes(StandardCharsets.US_ASCII);
    assertSame(first, cache.getAscii(inLine, 0, 5));
    byte[] otherTail = "xExtenXYZWVUT".getBytes(StandardCharsets.US_ASCII);
    assertSame(first, cache.getAscii(otherTail, 1, 5));
    assertEquals("Ext", cache.getAscii(inLine, 0, 3));
    assertEquals("Exte", cache.getAscii(atEnd, 0, 4));
  }

  @Test
  void namesOfEveryLengthUpToTheLimitAreTheirOwnBytes() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int len = 0; len <= HeaderNameCache.MAX_CACHED_LENGTH; len++) {
      String name = alphabet.substring(0, len);
      // The same length and ends, a different byte anywhere in the middle.
      for (int at = 0; at < len; at++) {
        String other = name.substring(0, at) + '!' + name.substring(at + 1);
        assertEquals(name, get(name));
        assertEquals(other, get(other));
        byte[] padded = (" " + name + ": value").getBytes(StandardCharsets.US_ASCII);
        assertEquals(name, cache.getAscii(padded, 1, len));
      }
    }
  }

  private String get(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    return cache.get(bytes, 0, bytes.length);
  }
}
