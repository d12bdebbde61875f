package org.amiframework.testkit.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The filters of one session. Filters are only ever added (Asterisk has no way to remove one) and
 * combine as {@code should_send_event()} does: no filters send everything; include filters alone
 * send what some include matches; exclude filters alone send what no exclude matches; both send
 * what some include matches and no exclude matches.
 */
final class EventFilterSet {

  private final List<EventFilter> includes = new CopyOnWriteArrayList<>();
  private final List<EventFilter> excludes = new CopyOnWriteArrayList<>();

  void add(EventFilter filter) {
    (filter.isExclude() ? excludes : includes).add(filter);
  }

  boolean shouldSend(String name, String eventText) {
    if (!includes.isEmpty() && includes.stream().noneMatch(f -> f.matches(name, eventText))) {
      return false;
    }
    return excludes.stream().noneMatch(f -> f.matches(name, eventText));
  }
}
