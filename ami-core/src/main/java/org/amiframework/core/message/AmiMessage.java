package org.amiframework.core.message;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * One AMI message: an immutable, ordered multimap of headers.
 *
 * <p>Header order is kept exactly as read, repeated headers ({@code Output}, {@code Variable},
 * {@code ChanVariable}) stay in order, and names are matched case-insensitively as Asterisk does.
 * The raw headers are always reachable through {@link #headers()}, so typed views built on top of a
 * message never lose anything. A legacy {@code Command} response ({@code Response: Follows}, before
 * Asterisk 14) also carries its raw output text in {@link #body()}.
 *
 * <p>{@link #toString()} masks the values of secret-bearing headers ({@code Secret}, {@code Key}),
 * so a message can be logged safely.
 *
 * <p>A message is immutable and safe to share between threads. One read from the wire may keep the
 * bytes of its values and make each value a String only when it is first asked for (see {@link
 * #wrapLatin1}); that is invisible through this API.
 */
public final class AmiMessage {

  private static final String[] EMPTY = new String[0];

  private final String[] names;

  /**
   * The values made so far: null where a value is still only bytes in {@link #valueBytes}. Filled
   * in racily (the racy single-check idiom of {@code String.hashCode}): a String is immutable and
   * safely published by its final fields, so a thread sees either null, and makes an equal String
   * itself, or a complete String.
   */
  private final String[] values;

  /** Value {@code i}, when not in {@link #values}, is {@code [valueEnds[i-1], valueEnds[i])}. */
  private final byte[] valueBytes;

  private final int[] valueEnds;
  private final String body;

  private AmiMessage(
      String[] names, String[] values, byte[] valueBytes, int[] valueEnds, String body) {
    this.names = names;
    this.values = values;
    this.valueBytes = valueBytes;
    this.valueEnds = valueEnds;
    this.body = body;
  }

  private AmiMessage(String[] names, String[] values, String body) {
    this(names, values, null, null, body);
  }

  /**
   * Wraps arrays the caller will never touch again; the fast path of readers that build messages.
   *
   * @param names header names, bare lines as empty strings
   * @param values header values, same length as {@code names}
   * @param body raw legacy Command text, or null
   */
  public static AmiMessage wrap(String[] names, String[] values, String body) {
    if (names.length != values.length) {
      throw new IllegalArgumentException(
          "names and values differ in length: " + names.length + " != " + values.length);
    }
    return new AmiMessage(names, values, body);
  }

  /**
   * Wraps arrays the caller will never touch again, with values kept as bytes until asked for: the
   * fast path of the frame reader, which thereby makes no String for a value nobody reads. Value
   * {@code i} is {@code values[i]} when that is not null, else the bytes {@code
   * valueBytes[valueEnds[i-1], valueEnds[i])} ({@code valueEnds[-1]} being 0) read as ISO-8859-1,
   * one char per byte; the reader passes only ASCII bytes, whose text is the same in UTF-8.
   *
   * @param names header names, bare lines as empty strings
   * @param values header values already made, null for those still in {@code valueBytes}
   * @param valueBytes the bytes of the values, one after the other
   * @param valueEnds where each value ends in {@code valueBytes}, same length as {@code names}
   * @param body raw legacy Command text, or null
   */
  public static AmiMessage wrapLatin1(
      String[] names, String[] values, byte[] valueBytes, int[] valueEnds, String body) {
    if (names.length != values.length || names.length != valueEnds.length) {
      throw new IllegalArgumentException(
          "names, values and value ends differ in length: "
              + names.length
              + ", "
              + values.length
              + ", "
              + valueEnds.length);
    }
    int start = 0;
    for (int end : valueEnds) {
      if (end < start || end > valueBytes.length) {
        throw new IllegalArgumentException(
            "value ends must rise within the " + valueBytes.length + " value bytes: " + end);
      }
      start = end;
    }
    return new AmiMessage(names, values, valueBytes, valueEnds, body);
  }

  /** A message holding these headers, in this order. */
  public static AmiMessage of(List<Header> headers) {
    Builder b = builder();
    headers.forEach(b::add);
    return b.build();
  }

  /** A message from alternating names and values: {@code of("Action", "Ping", "ActionID", "1")}. */
  public static AmiMessage of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Builder b = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this message's headers and body. */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < names.length; i++) {
      b.add(names[i], value(i));
    }
    return b.body(body);
  }

  /** What this message is, by its first header. */
  public MessageKind kind() {
    return names.length == 0 ? MessageKind.OTHER : MessageKind.ofFirstHeader(names[0]);
  }

  /** Number of header lines, bare lines included. */
  public int size() {
    return names.length;
  }

  /** Whether the message has no header lines at all. */
  public boolean isEmpty() {
    return names.length == 0;
  }

  /** Name of the header at {@code index} (empty for a bare line). */
  public String name(int index) {
    return names[index];
  }

  /** Value of the header at {@code index}. */
  public String value(int index) {
    String value = values[index];
    return value != null ? value : decode(index);
  }

  private String decode(int index) {
    int start = valueStart(index);
    int end = valueEnds[index];
    String value =
        start == end ? "" : new String(valueBytes, start, end - start, StandardCharsets.ISO_8859_1);
    values[index] = value;
    return value;
  }

  /**
   * The length of the value at {@code index}, as {@code value(index).length()} but without making
   * the value a String when it is still only bytes.
   */
  public int valueLength(int index) {
    String value = values[index];
    return value != null ? value.length() : valueEnds[index] - valueStart(index);
  }

  /**
   * The hash code of the value at {@code index}, equal to {@code value(index).hashCode()} but
   * computed from the kept bytes when the value is not a String yet: for who needs only to tell
   * values apart (to spread them, say) and would otherwise make a String for nothing.
   */
  public int valueHashCode(int index) {
    String value = values[index];
    if (value != null) {
      return value.hashCode();
    }
    // String.hashCode of the ISO-8859-1 text: one char per byte, unsigned.
    int h = 0;
    for (int i = valueStart(index), end = valueEnds[index]; i < end; i++) {
      h = 31 * h + (valueBytes[i] & 0xff);
    }
    return h;
  }

  private int valueStart(int index) {
    return index == 0 ? 0 : valueEnds[index - 1];
  }

  /** The header at {@code index}. */
  public Header header(int index) {
    return new Header(names[index], value(index));
  }

  /** All headers in wire order, as an unmodifiable list. */
  public List<Header> headers() {
    return new HeaderList();
  }

  /** The first value of header {@code name} (case-insensitive), or null if absent. */
  public String get(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return value(i);
      }
    }
    return null;
  }

  /**
   * The first non-empty value of header {@code name} (case-insensitive), or null. This is how
   * Asterisk reads the {@code Action} header of what a client sent ({@code GET_HEADER_SKIP_EMPTY}):
   * {@code Action: } followed by {@code Action: Ping} runs Ping.
   */
  public String firstNonEmpty(String name) {
    for (int i = 0; i < names.length; i++) {
      if (valueLength(i) > 0 && names[i].equalsIgnoreCase(name)) {
        return value(i);
      }
    }
    return null;
  }

  /** The first value of header {@code name}, if present. */
  public Optional<String> find(String name) {
    return Optional.ofNullable(get(name));
  }

  /** Whether a header named {@code name} is present. */
  public boolean has(String name) {
    return get(name) != null;
  }

  /** Every value of header {@code name}, in wire order; empty if absent. */
  public List<String> getAll(String name) {
    List<String> out = null;
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(value(i));
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  /** The value of the first header when the message is an event, else null. */
  public String eventName() {
    return kind() == MessageKind.EVENT ? value(0) : null;
  }

  /** The value of the first header when the message is an action, else null. */
  public String actionName() {
    return kind() == MessageKind.ACTION ? value(0) : null;
  }

  /** The {@code ActionID} header, or null. */
  public String actionId() {
    return get("ActionID");
  }

  /** The raw output of a legacy {@code Response: Follows} Command response, if any. */
  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  /** A copy with one more header at the end. */
  public AmiMessage with(String name, String value) {
    return toBuilder().add(name, value).build();
  }

  /**
   * Equal when the headers, in order, and the body are the same, names compared exactly: two
   * messages are equal when they would be written as the same bytes.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof AmiMessage other
        && Arrays.equals(names, other.names)
        && Objects.equals(body, other.body)
        && sameValues(other);
  }

  private boolean sameValues(AmiMessage other) {
    for (int i = 0; i < values.length; i++) {
      if (!value(i).equals(other.value(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    // Arrays.hashCode(values) as it would be with every value made.
    int valuesHash = 1;
    for (int i = 0; i < values.length; i++) {
      valuesHash = 31 * valuesHash + value(i).hashCode();
    }
    return 31 * (31 * Arrays.hashCode(names) + valuesHash) + Objects.hashCode(body);
  }

  /** The headers as wire text with secrets masked; never use it to write to the wire. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(names.length * 24);
    for (int i = 0; i < names.length; i++) {
      if (names[i].isEmpty()) {
        sb.append(value(i));
      } else {
        sb.append(names[i])
            .append(": ")
            .append(SecretHeaders.isSecret(names[i]) ? "******" : value(i));
      }
      sb.append('\n');
    }
    if (body != null) {
      sb.append(body);
    }
    return sb.toString();
  }

  private final class HeaderList extends AbstractList<Header> implements RandomAccess {
    @Override
    public Header get(int index) {
      return header(index);
    }

    @Override
    public int size() {
      return names.length;
    }
  }

  /** Builds a message header by header; not thread-safe. */
  public static final class Builder {
    private static final int INITIAL_CAPACITY = 16;
    private static final int SHRINK_ABOVE = 1024;

    private String[] names = new String[INITIAL_CAPACITY];
    private String[] values = new String[INITIAL_CAPACITY];
    private int size;
    private String body;

    private Builder() {}

    /** Appends a header (repeats are kept). */
    public Builder add(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "value of " + name);
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      return this;
    }

    /** Appends a header. */
    public Builder add(Header header) {
      return add(header.name(), header.value());
    }

    /**
     * Gives the first header named {@code name} (case-insensitive) this value, in its place, and
     * removes the later ones; appends the header when there is none. Keeping the place matters: the
     * first header decides what a message is.
     */
    public Builder set(String name, String value) {
      Objects.requireNonNull(value, () -> "value of " + name);
      for (int i = 0; i < size; i++) {
        if (names[i].equalsIgnoreCase(name)) {
          values[i] = value;
          removeFrom(i + 1, name);
          return this;
        }
      }
      return add(name, value);
    }

    /** Removes every header named {@code name} (case-insensitive). */
    public Builder remove(String name) {
      removeFrom(0, name);
      return this;
    }

    private void removeFrom(int start, String name) {
      int w = start;
      for (int r = start; r < size; r++) {
        if (!names[r].equalsIgnoreCase(name)) {
          names[w] = names[r];
          values[w] = values[r];
          w++;
        }
      }
      Arrays.fill(names, w, size, null);
      Arrays.fill(values, w, size, null);
      size = w;
    }

    /** Sets the raw legacy Command body. */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /** Number of headers so far. */
    public int size() {
      return size;
    }

    /** Name of the header added at {@code index}. */
    public String name(int index) {
      return names[Objects.checkIndex(index, size)];
    }

    /** Value of the header added at {@code index}. */
    public String value(int index) {
      return values[Objects.checkIndex(index, size)];
    }

    /**
     * Removes every header and the body, so that the builder can make another message. Memory grown
     * by a very large message is given back.
     */
    public Builder clear() {
      if (names.length > SHRINK_ABOVE) {
        names = new String[INITIAL_CAPACITY];
        values = new String[INITIAL_CAPACITY];
      } else {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
      }
      size = 0;
      body = null;
      return this;
    }

    /** The immutable message. */
    public AmiMessage build() {
      return size == 0 && body == null
          ? new AmiMessage(EMPTY, EMPTY, null)
          : new AmiMessage(Arrays.copyOf(names, size), Arrays.copyOf(values, size), body);
    }
  }
}
