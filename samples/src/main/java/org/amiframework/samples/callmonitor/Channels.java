package org.amiframework.samples.callmonitor;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How Asterisk names channels and parties, turned into what people want to read. */
final class Channels {

  /** The sequence suffix Asterisk appends to a channel name, and a Local channel's half. */
  private static final Pattern INSTANCE_SUFFIX = Pattern.compile("-[0-9a-f]{8}(;[12])?$");

  /** How CoreShowChannel tells a channel's age. */
  private static final Pattern HOURS_MINUTES_SECONDS = Pattern.compile("(\\d+):(\\d{2}):(\\d{2})");

  private Channels() {}

  /**
   * The device behind a channel: {@code PJSIP/100-0000002a} is {@code PJSIP/100}, {@code
   * Local/1001@agents-0000000b;1} is {@code Local/1001@agents}.
   */
  static String device(String channel) {
    return channel == null ? "?" : INSTANCE_SUFFIX.matcher(channel).replaceFirst("");
  }

  /**
   * Whether a channel is the one that started its call: Asterisk gives every channel of a call the
   * Uniqueid of that first channel as Linkedid.
   */
  static boolean startsCall(String uniqueid, String linkedid) {
    return uniqueid != null && uniqueid.equals(linkedid);
  }

  /** A caller ID number for display: Asterisk writes {@code <unknown>} when there is none. */
  static String number(String callerIdNum) {
    return isKnown(callerIdNum) ? callerIdNum : "anonymous";
  }

  /** Whether a caller ID field holds a value rather than Asterisk's placeholder. */
  static boolean isKnown(String callerIdField) {
    return callerIdField != null && !callerIdField.isBlank() && !"<unknown>".equals(callerIdField);
  }

  /** A channel's age as CoreShowChannel gives it, {@code 01:02:03}; zero when absent or odd. */
  static Duration age(String hoursMinutesSeconds) {
    Matcher m =
        HOURS_MINUTES_SECONDS.matcher(hoursMinutesSeconds == null ? "" : hoursMinutesSeconds);
    if (!m.matches()) {
      return Duration.ZERO;
    }
    return Duration.ofHours(Long.parseLong(m.group(1)))
        .plusMinutes(Long.parseLong(m.group(2)))
        .plusSeconds(Long.parseLong(m.group(3)));
  }
}
