package org.amiframework.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.amiframework.core.message.AmiMessage;

/**
 * The message being read: header names, and values either as Strings or, for plain ASCII values, as
 * bytes gathered one after the other, which {@link AmiMessage#wrapLatin1} turns into Strings only
 * when asked for. A String per value was a quarter of the reading thread's work, and most values of
 * an event are never read. Reused from message to message; not thread-safe.
 *
 * <p>Messages of one kind mostly have the same header names in the same order, and a message never
 * changes its names: a message whose names are those of the last one with the same first value
 * ({@code Event: Newexten}) shares its names array.
 */
final class WireMessageBuilder {

  private static final int INITIAL_HEADERS = 16;
  private static final int INITIAL_BYTES = 512;

  /** Arrays grown past these by one large message are given back when it is done. */
  private static final int SHRINK_HEADERS_ABOVE = 1024;

  private static final int SHRINK_BYTES_ABOVE = 64 * 1024;

  /** Slots of the table of names arrays to share, by first value. */
  private static final int SHAPES = 64;

  /** Names arrays longer than this are not kept for sharing, to bound the table's memory. */
  private static final int MAX_SHAPE_SIZE = 64;

  private static final String[] NONE = new String[0];
  private static final int[] NO_ENDS = new int[0];
  private static final byte[] NO_BYTES = new byte[0];

  private String[] names = new String[INITIAL_HEADERS];
  private String[] values = new String[INITIAL_HEADERS];
  private int[] ends = new int[INITIAL_HEADERS];
  private byte[] bytes = new byte[INITIAL_BYTES];
  private int size;
  private int used;

  /** Direct-mapped: the first value (an instance of the reader's cache) and the names kept. */
  private final String[] shapeKeys = new String[SHAPES];

  private final String[][] shapeNames = new String[SHAPES][];

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
        sharedNames(),
        Arrays.copyOf(values, size),
        Arrays.copyOf(bytes, used),
        Arrays.copyOf(ends, size),
        body);
  }

  /**
   * The names of the message, the array of the last message with the same first value String when
   * they are the same Strings: names come from the reader's cache, so a match is found by identity.
   */
  private String[] sharedNames() {
    String key = values[0];
    if (key == null) {
      return Arrays.copyOf(names, size);
    }
    int slot = key.hashCode() & (SHAPES - 1);
    String[] shape = shapeNames[slot];
    if (shapeKeys[slot] == key && shape.length == size && sameNames(shape)) {
      return shape;
    }
    String[] copy = Arrays.copyOf(names, size);
    if (!holdsStrings && size <= MAX_SHAPE_SIZE) {
      // Only names the cache keeps anyway: the table then holds no other memory.
      shapeKeys[slot] = key;
      shapeNames[slot] = copy;
    }
    return copy;
  }

  private boolean sameNames(String[] shape) {
    for (int i = 0; i < size; i++) {
      if (shape[i] != names[i]) {
        return false;
      }
    }
    return true;
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
