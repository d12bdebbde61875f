package org.amiframework.core.internal.http;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.ChannelSnapshot;
import org.amiframework.core.api.EventType;

/**
 * Gives back the canonical case of header names that Asterisk's XML format ({@code /mxml}) wrote in
 * lower case.
 *
 * <p>{@code xml_translate()} writes every header name lower-cased, with each character that is not
 * a letter or digit turned into {@code _} and a {@code _} before a leading digit. That cannot be
 * undone in general, so a name is mapped back only when it is known: first the documented headers
 * of the event being decoded, then every header and action name of the bindings (action names are
 * the headers of a {@code ListCommands} reply), then the headers Asterisk writes in responses and
 * list plumbing, which the documentation does not describe. An unknown name stays as Asterisk wrote
 * it; since {@code AmiMessage} matches names case-insensitively, lookups work either way. Thread-
 * safe.
 */
final class XmlHeaderNames {

  /** Response and list headers, and the channel snapshot fields most events carry. */
  private static final List<String> BUILT_IN =
      Stream.concat(
              ChannelSnapshot.HEADERS.stream(),
              Stream.of(
                  "Response",
                  "Message",
                  "ActionID",
                  "Event",
                  "Privilege",
                  "EventList",
                  "ListItems",
                  "Items",
                  "SystemName",
                  "Timestamp",
                  "Ping",
                  "Output",
                  "Challenge",
                  "Variable",
                  "Value",
                  "Events",
                  "Status",
                  "Uptime",
                  "LastReload",
                  "AMIversion",
                  "AsteriskVersion",
                  "CoreMaxCalls",
                  "CoreMaxLoadAvg",
                  "CoreRunUser",
                  "CoreRunGroup",
                  "CoreMaxFilehandles",
                  "CoreRealTimeEnabled",
                  "CoreCDRenabled",
                  "CoreHTTPenabled",
                  "CoreStartupDate",
                  "CoreStartupTime",
                  "CoreReloadDate",
                  "CoreReloadTime",
                  "CoreCurrentCalls",
                  "CoreProcessedCalls",
                  "Application",
                  "AppData",
                  "Extension",
                  "Data",
                  "Reason",
                  "Duration",
                  "BridgeId",
                  "ChanVariable",
                  "DialStatus",
                  "DialString",
                  "Device",
                  "State",
                  "Cause",
                  "Cause-txt",
                  "UserEvent"))
          .toList();

  private final Bindings bindings;
  private final Map<String, Map<String, String>> byEvent = new ConcurrentHashMap<>();
  private volatile Map<String, String> global;

  /** Names known to these bindings, plus the built-in ones. */
  XmlHeaderNames(Bindings bindings) {
    this.bindings = bindings;
  }

  /**
   * The XML form of a header name, as {@code xml_copy_escape()} writes it: lower case, every
   * character that is not an ASCII letter or digit as {@code _}, and {@code _} before a leading
   * digit.
   */
  static String xmlForm(String name) {
    StringBuilder out = new StringBuilder(name.length() + 1);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (i == 0 && digit) {
        out.append('_').append(c);
      } else if (digit || (c >= 'a' && c <= 'z')) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      } else {
        out.append('_');
      }
    }
    return out.toString();
  }

  /**
   * The canonical name for {@code xmlName} in an event named {@code eventName} (null for a
   * response), or {@code xmlName} itself when no canonical name is known.
   */
  String restore(String xmlName, String eventName) {
    if (eventName != null) {
      String known = byEvent.computeIfAbsent(eventName, this::indexEvent).get(xmlName);
      if (known != null) {
        return known;
      }
    }
    return globalIndex().getOrDefault(xmlName, xmlName);
  }

  private Map<String, String> indexEvent(String eventName) {
    EventType<?> type = bindings.event(eventName);
    if (type == null) {
      return Map.of();
    }
    Map<String, String> index = new HashMap<>();
    addAll(index, type.headers());
    return index;
  }

  private Map<String, String> globalIndex() {
    Map<String, String> index = global;
    if (index == null) {
      Map<String, String> built = new HashMap<>();
      // Earlier sources win: the built-in names are checked against real traffic.
      addAll(built, BUILT_IN);
      for (EventType<?> event : bindings.events()) {
        addAll(built, event.headers());
      }
      for (ActionType<?> action : bindings.actions()) {
        built.putIfAbsent(xmlForm(action.name()), action.name());
      }
      index = Map.copyOf(built);
      global = index;
    }
    return index;
  }

  private static void addAll(Map<String, String> index, Collection<String> names) {
    for (String name : names) {
      index.putIfAbsent(xmlForm(name), name);
    }
  }

  @Override
  public String toString() {
    return "XmlHeaderNames{" + bindings.source() + "}";
  }
}
