package org.amiframework.processor.internal.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amiframework.processor.internal.definitions.ActionDefinition;
import org.amiframework.processor.internal.definitions.Definitions;
import org.amiframework.processor.internal.definitions.EventDefinition;
import org.amiframework.processor.internal.definitions.PrivilegeClasses;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * Merges the definitions of several Asterisk versions into one set of {@link Facts}: every action
 * and event any version documents, by name (actions case-insensitively, as Asterisk matches them),
 * noting which versions document each one and each parameter. The newest version's text and order
 * come first; what only older versions document is added after it.
 *
 * <p>A parameter is required only where every version that has the definition requires it: bindings
 * that serve several versions must not demand what one of them does not know.
 */
public final class FactsMerger {

  /**
   * Events whose documentation names no privilege class that exists ({@code EVENT_FLAG_CLASS}),
   * with the class Asterisk really raises them with (protocol notes §7.4: the code uses CALL).
   * Without it no handler requiring a class could ever receive them.
   */
  private static final Map<String, String> CLASS_CORRECTIONS =
      Map.of("ChannelTalkingStart", "call", "ChannelTalkingStop", "call");

  /**
   * The definitions of one documentation file.
   *
   * @param version the Asterisk version it documents
   * @param file the file name
   * @param definitions what it documents, validated
   */
  public record Source(String version, String file, Definitions definitions) {}

  private FactsMerger() {}

  /** Merges the sources, whatever their order. */
  public static Facts merge(List<Source> sources) {
    List<Source> newestFirst = new ArrayList<>(sources);
    newestFirst.sort(Comparator.comparing(Source::version, AsteriskVersions.NEWEST_FIRST));
    Map<String, MergedDefinition> actions = new TreeMap<>();
    Map<String, MergedDefinition> events = new TreeMap<>();
    for (Source s : newestFirst) {
      for (ActionDefinition a : s.definitions().actions()) {
        actions
            .computeIfAbsent(a.name().toLowerCase(Locale.ROOT), k -> new MergedDefinition(a.name()))
            .addAction(s.version(), a);
      }
      for (EventDefinition e : s.definitions().events()) {
        events.computeIfAbsent(e.name(), MergedDefinition::new).addEvent(s.version(), e);
      }
    }
    List<VersionedDefinition<ActionDefinition>> mergedActions = new ArrayList<>();
    for (MergedDefinition m : actions.values()) {
      mergedActions.add(m.toAction());
    }
    List<VersionedDefinition<EventDefinition>> mergedEvents = new ArrayList<>();
    for (MergedDefinition m : events.values()) {
      mergedEvents.add(m.toEvent(CLASS_CORRECTIONS.get(m.name)));
    }
    mergedActions.sort(Comparator.comparing(v -> v.definition().name()));
    mergedEvents.sort(Comparator.comparing(v -> v.definition().name()));
    return new Facts(
        newestFirst.stream().map(Source::version).toList(),
        newestFirst.stream().map(Source::file).toList(),
        mergedActions,
        mergedEvents);
  }

  /** One action or event being merged over the versions. */
  private static final class MergedDefinition {
    final String name;
    final List<String> versions = new ArrayList<>();
    final MergedParameters parameters = new MergedParameters();
    final Set<String> modules = new LinkedHashSet<>();
    final Set<String> since = new LinkedHashSet<>();
    final Set<String> classes = new LinkedHashSet<>();
    final Set<String> listItems = new LinkedHashSet<>();
    String synopsis = "";
    String completionEvent;
    SourceLocation location;

    MergedDefinition(String name) {
      this.name = name;
    }

    void addAction(String version, ActionDefinition a) {
      add(version, a.synopsis(), a.modules(), a.since(), a.location());
      parameters.add(version, a.parameters());
      listItems.addAll(a.listItems());
      if (completionEvent == null) {
        completionEvent = a.completionEvent();
      }
    }

    void addEvent(String version, EventDefinition e) {
      add(version, e.synopsis(), e.modules(), e.since(), e.location());
      parameters.add(version, e.parameters());
      classes.addAll(e.classes());
    }

    private void add(
        String version,
        String text,
        List<String> definedIn,
        List<String> sinceVersions,
        SourceLocation at) {
      versions.add(version);
      if (synopsis.isEmpty()) {
        synopsis = text;
      }
      modules.addAll(definedIn);
      since.addAll(sinceVersions);
      if (location == null) {
        location = at;
      }
    }

    VersionedDefinition<ActionDefinition> toAction() {
      ActionDefinition a =
          new ActionDefinition(
              name,
              synopsis,
              List.copyOf(modules),
              List.copyOf(since),
              parameters.merged(versions),
              List.copyOf(listItems),
              completionEvent,
              location);
      return new VersionedDefinition<>(a, versions, parameters.partialVersions(versions), null);
    }

    VersionedDefinition<EventDefinition> toEvent(String correctedClass) {
      String correction = null;
      if (classes.isEmpty() && correctedClass != null) {
        classes.add(correctedClass);
        correction =
            "the documentation names no privilege class that exists; Asterisk raises "
                + name
                + " as "
                + correctedClass;
      }
      EventDefinition e =
          new EventDefinition(
              name,
              synopsis,
              List.copyOf(modules),
              List.copyOf(since),
              PrivilegeClasses.inTableOrder(classes),
              parameters.merged(versions),
              location);
      return new VersionedDefinition<>(
          e, versions, parameters.partialVersions(versions), correction);
    }
  }
}
