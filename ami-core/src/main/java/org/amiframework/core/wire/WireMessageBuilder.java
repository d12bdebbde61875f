package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.amiframework.core.message.AmiMessage;

/**
 * The message being read: header names, and values either as Strings or, for plain ASCII values, as
 * bytes gathered one after the other, which {@link AmiMessage#wrapLatin1} turns into Strings only
 * when asked for. A String per value was a quarter of the reading thread's work, and most values of
 * an event are never read. Reused from message to message; not thread-safe.
 */
final class WireMessageBuilder {

  private static final int INITIAL_HEADERS = 16;
  private static final int INITIAL_BYTES = 512;

  /** Arrays grown past these by one large message are given back when it is done. */
  private static final int SHRINK_HEADERS_ABOVE = 1024;

  private static final int SHRINK_BYTES_ABOVE = 64 * 1024;

  private static final String[] NONE = new String[0];
  private static final int[] NO_ENDS = new int[0];
  private static final byte[] NO_BYTES = new byte[0];

  private String[] names = new String[INITIAL_HEADERS];
  private String[] values = new String[INITIAL_HEADERS];
  private int[] ends = new int[INITIAL_HEADERS];
  private byte[] bytes = new byte[INITIAL_BYTES];
  private int size;
  private int used;

  /** Whether a String other than a cached one may be held, so that clear must drop it. */
  private boolean holdsStrings;

  /**
   * Adds a header whose value is the plain ASCII bytes {@code buf[off, off + len)}.
   *
   * @param nameCached whether the name is a String kept anyway (by a cache), as in {@link #add}:
   *     the caller knows it from the name's length, which asking the String cost the reader
   */
  void addAscii(String name, boolean nameCached, byte[] buf, int off, int len) {
    holdsStrings |= !nameCached;
    if (used + len > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, used + len));
    }
    System.arraycopy(buf, off, bytes, used, len);
    used += len;
    append(name, null);
  }

  /**
   * Adds a header whose value is already a String.
   *
   * @param cached whether name and value are Strings kept anyway (by a cache), which the builder
   *     may then hold on to after {@link #clear}
   */
  void add(String name, String value, boolean cached) {
    holdsStrings |= !cached;
    append(name, value);
  }

  private void append(String name, String value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, 2 * size);
      values = Arrays.copyOf(values, 2 * size);
      ends = Arrays.copyOf(ends, 2 * size);
    }
    names[size] = name;
    values[size] = value;
    ends[size] = used;
    size++;
  }

  int size() {
    return size;
  }

  String name(int index) {
    return names[index];
  }

  /** The value at {@code index}, made from its bytes when it has no String. */
  String value(int index) {
    if (values[index] != null) {
      return values[index];
    }
    int start = index == 0 ? 0 : ends[index - 1];
    return new String(bytes, start, ends[index] - start, StandardCharsets.ISO_8859_1);
  }

  /** The message so far, with this legacy body (or null); then {@link #clear} for the next. */
  AmiMessage build(String body) {
    if (size == 0) {
      return AmiMessage.wrapLatin1(NONE, NONE, NO_BYTES, NO_ENDS, body);
    }
    return AmiMessage.wrapLatin1(
        Arrays.copyOf(names, size),
        Arrays.copyOf(values, size),
        Arrays.copyOf(bytes, used),
        Arrays.copyOf(ends, size),
        body);
  }

  /** Forgets every header, giving back memory grown by a very large message. */
  void clear() {
    if (names.length > SHRINK_HEADERS_ABOVE) {
      names = new String[INITIAL_HEADERS];
      values = new String[INITIAL_HEADERS];
      ends = new int[INITIAL_HEADERS];
    } else if (holdsStrings) {
      // Only then: clearing every slot of every message showed in the reader's profile.
      Arrays.fill(names, 0, size, null);
      Arrays.fill(values, 0, size, null);
    }
    holdsStrings = false;
    if (bytes.length > SHRINK_BYTES_ABOVE) {
      bytes = new byte[INITIAL_BYTES];
    }
    size = 0;
    used = 0;
  }
}
