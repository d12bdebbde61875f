package org.amiframework.core.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.wire.FrameError;
import org.amiframework.core.wire.FrameHandler;
import org.amiframework.core.wire.FrameLimits;

/**
 * Decodes the XML bodies of {@code /mxml} and {@code /amxml} back into AMI messages, in the header
 * order Asterisk wrote them.
 *
 * <p>{@code xml_translate()} turns each message into one line {@code <response type='object'
 * id='unknown'><generic name='value' ... /></response>} inside {@code <ajax-response>}. This
 * decoder undoes it:
 *
 * <ul>
 *   <li>attributes become headers in document order; the numbered repeats {@code output-2}, {@code
 *       output-3} become {@code Output} again (a {@code -} can only come from that counter, since
 *       Asterisk writes every other non-alphanumeric character of a name as {@code _});
 *   <li>names are given back their canonical case where {@link XmlHeaderNames} knows it;
 *   <li>the entities {@code &lt; &gt; &quot; &apos; &amp;} (and numeric references) are resolved;
 *   <li>{@code opaque_data}, the lines without a colon, becomes the body of a legacy {@code
 *       Response: Follows} Command reply, or bare lines otherwise, as the text reader keeps them.
 * </ul>
 *
 * <p>What Asterisk itself dropped cannot come back: the original case of unknown names, blanks
 * around values, and any character of a name that was not a letter or digit.
 *
 * <p>It is deliberately not a general XML parser: Asterisk writes no declaration, leaves control
 * characters and invalid UTF-8 unescaped, and a strict parser would reject the whole reply (and
 * every event in it) for one bad byte. Here a bad element is reported through {@link
 * FrameHandler#onError} and skipped, invalid UTF-8 is kept as ISO-8859-1 as the text reader does,
 * and memory is bounded by {@link FrameLimits#maxMessageBytes()} per element. Error details name
 * positions and attribute names, never values, which could be secrets.
 */
final class MxmlBodyDecoder implements ReplyBodyDecoder {

  private static final byte[] START_TAG = "<response".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_TAG = "</response>".getBytes(StandardCharsets.US_ASCII);
  private static final String FOLLOWS_END = "--END COMMAND--";

  private final FrameLimits limits;
  private final XmlHeaderNames names;
  private final FrameHandler handler;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] pending = new byte[1024];
  private int length;
  private long offset;
  private long line = 1;
  private boolean skipping;

  MxmlBodyDecoder(FrameLimits limits, XmlHeaderNames names, FrameHandler handler) {
    this.limits = limits;
    this.names = names;
    this.handler = handler;
  }

  @Override
  public void feed(ByteBuffer bytes) {
    int n = bytes.remaining();
    if (length + n > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + n));
    }
    bytes.get(pending, length, n);
    length += n;
    drain();
  }

  @Override
  public void endOfInput() {
    String rest =
        new String(pending, 0, length, StandardCharsets.ISO_8859_1)
            .replace("<ajax-response>", "")
            .replace("</ajax-response>", "")
            .strip();
    if (!skipping && !rest.isEmpty()) {
      error(
          FrameError.Kind.TRUNCATED, "body ended inside an element (" + rest.length() + " bytes)");
    }
    length = 0;
  }

  private void drain() {
    int from = 0;
    int end;
    while ((end = indexOf(END_TAG, from)) >= 0) {
      int next = end + END_TAG.length;
      if (skipping) {
        skipping = false;
      } else {
        int start = indexOf(START_TAG, from);
        if (start > from && start < end) {
          String before = new String(pending, from, start - from, StandardCharsets.ISO_8859_1);
          // Errors then point at the element, not at the line ends and wrapper before it.
          advance(from, start);
          from = start;
          if (!before.isBlank() && !before.strip().equals("<ajax-response>")) {
            error(
                FrameError.Kind.MALFORMED_LINE,
                "unexpected text before <response> (" + before.strip().length() + " chars)");
          }
        }
        decodeElement(from, next - from);
      }
      advance(from, next);
      from = next;
    }
    if (length - from > limits.maxMessageBytes() && !skipping) {
      skipping = true;
      error(
          FrameError.Kind.MESSAGE_TOO_LARGE,
          "element longer than " + limits.maxMessageBytes() + " bytes; skipped");
    }
    int keep = length - from;
    if (skipping && keep > END_TAG.length) {
      // Only a tail that may hold the start of a split end tag needs keeping.
      advance(from, length - END_TAG.length);
      from = length - END_TAG.length;
      keep = END_TAG.length;
    }
    System.arraycopy(pending, from, pending, 0, keep);
    length = keep;
    if (pending.length > 64 * 1024 && keep < 1024) {
      pending = Arrays.copyOf(pending, 1024); // give back a buffer grown by one huge element
    }
  }

  private void advance(int from, int to) {
    for (int i = from; i < to; i++) {
      if (pending[i] == '\n') {
        line++;
      }
    }
    offset += to - from;
  }

  private int indexOf(byte[] needle, int from) {
    outer:
    for (int i = from, last = length - needle.length; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (pending[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private void decodeElement(int from, int len) {
    String text = decode(from, len);
    MxmlElementParser parser = new MxmlElementParser(text);
    if (!parser.skipToResponse()) {
      error(
          FrameError.Kind.MALFORMED_LINE,
          "text without a <response> element (" + text.length() + " chars)");
      return;
    }
    AmiMessage.Builder message = AmiMessage.builder();
    String opaque = null;
    String eventName = null;
    String first = null;
    MxmlElementParser.Attribute attribute;
    while ((attribute = parser.nextAttribute()) != null) {
      if (message.size() >= limits.maxHeaders()) {
        error(
            FrameError.Kind.MESSAGE_TOO_LARGE,
            "element has more than " + limits.maxHeaders() + " attributes; skipped");
        return;
      }
      String xmlName = attribute.name();
      if (xmlName.equals("opaque_data")) {
        opaque = attribute.value();
        continue;
      }
      if (first == null) {
        first = xmlName;
        eventName = xmlName.equals("event") ? attribute.value() : null;
      }
      message.add(names.restore(baseName(xmlName), eventName), attribute.value());
    }
    if (parser.error() != null) {
      error(FrameError.Kind.MALFORMED_LINE, parser.error());
      return;
    }
    handler.onMessage(withOpaque(message, opaque).build());
  }

  /** Strips the {@code -N} counter Asterisk appends to the N-th repeat of a name. */
  private static String baseName(String xmlName) {
    int dash = xmlName.lastIndexOf('-');
    if (dash <= 0 || dash == xmlName.length() - 1) {
      return xmlName;
    }
    for (int i = dash + 1; i < xmlName.length(); i++) {
      if (xmlName.charAt(i) < '0' || xmlName.charAt(i) > '9') {
        return xmlName;
      }
    }
    return xmlName.substring(0, dash);
  }

  private static AmiMessage.Builder withOpaque(AmiMessage.Builder message, String opaque) {
    if (opaque == null) {
      return message;
    }
    AmiMessage sofar = message.build();
    if ("Follows".equalsIgnoreCase(sofar.get("Response"))) {
      String body = opaque;
      if (body.endsWith(FOLLOWS_END)) {
        body = body.substring(0, body.length() - FOLLOWS_END.length());
      }
      return message.body(body);
    }
    for (String bare : opaque.split("\n", -1)) {
      message.add("", bare);
    }
    return message;
  }

  private String decode(int from, int len) {
    try {
      return utf8.reset().decode(ByteBuffer.wrap(pending, from, len)).toString();
    } catch (CharacterCodingException e) {
      String latin1 = new String(pending, from, len, StandardCharsets.ISO_8859_1);
      error(
          FrameError.Kind.INVALID_ENCODING,
          "invalid UTF-8 in an element, kept byte for byte as ISO-8859-1");
      return latin1;
    }
  }

  private void error(FrameError.Kind kind, String detail) {
    handler.onError(new FrameError(kind, detail, offset, line, false));
  }
}
