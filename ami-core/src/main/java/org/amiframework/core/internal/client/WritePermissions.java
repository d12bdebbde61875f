package org.amiframework.core.internal.client;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.amiframework.core.api.AmiAction;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.client.PermissionDeniedException;
import org.amiframework.core.message.Header;

/**
 * What the logged-in user may run, for refusing an action locally instead of a round trip to {@code
 * Permission denied}. Learned from ListCommands, which lists only the actions the session may run,
 * one header each: {@code Name: synopsis (Priv: class,class,all)}; or configured as a set of write
 * classes; or unknown, in which case nothing is checked. Public only so that the other transports'
 * session openers can hand it on ({@link LoginSequence#permissions}); not API.
 */
public final class WritePermissions {

  /** Nothing known: every action is sent and the server decides. */
  static final WritePermissions UNKNOWN = new WritePermissions(null, Set.of());

  private static final String PRIV_MARK = "(Priv:";
  private static final Set<String> NOT_ACTIONS = Set.of("response", "actionid", "message");

  /** Lower-case names of the actions the user may run; null when not learned. */
  private final Set<String> permittedActions;

  private final Set<PrivilegeClass> heldClasses;

  private WritePermissions(Set<String> permittedActions, Set<PrivilegeClass> heldClasses) {
    this.permittedActions = permittedActions;
    this.heldClasses = heldClasses;
  }

  /** The user's write classes as configured; actions are checked against them. */
  static WritePermissions configured(Set<PrivilegeClass> classes) {
    EnumSet<PrivilegeClass> copy = EnumSet.noneOf(PrivilegeClass.class);
    copy.addAll(classes);
    return new WritePermissions(null, Collections.unmodifiableSet(copy));
  }

  /**
   * Learns from a ListCommands response. The user's classes are the union of the classes of the
   * listed actions that name exactly one class (besides {@code all}): an action needing one of
   * {@code system,call} says nothing about which of the two the user holds.
   */
  static WritePermissions fromListCommands(AmiResponse response) {
    Set<String> actions = new HashSet<>();
    EnumSet<PrivilegeClass> held = EnumSet.noneOf(PrivilegeClass.class);
    for (Header header : response.message().headers()) {
      String name = header.name();
      if (name.isEmpty() || NOT_ACTIONS.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      actions.add(name.toLowerCase(Locale.ROOT));
      Set<String> classNames = privClassNames(header.value());
      if (classNames.size() == 1) {
        PrivilegeClass only = PrivilegeClass.fromWireName(classNames.iterator().next());
        if (only != null) {
          held.add(only);
        }
      }
    }
    return new WritePermissions(
        Collections.unmodifiableSet(actions), Collections.unmodifiableSet(held));
  }

  /** The user's write classes: learned, configured, or empty when unknown. */
  Set<PrivilegeClass> heldClasses() {
    return heldClasses;
  }

  /** Whether the permitted actions were learned from the server. */
  boolean learned() {
    return permittedActions != null;
  }

  /**
   * The refusal of an action the user may not run, or null to send it. Actions needing no class
   * (Ping, Login, ...) are always sent.
   */
  PermissionDeniedException refusal(AmiAction<?> action) {
    Set<PrivilegeClass> needed = action.writeClasses();
    if (needed.isEmpty()) {
      return null;
    }
    boolean permitted;
    if (permittedActions != null) {
      permitted = permittedActions.contains(action.actionName().toLowerCase(Locale.ROOT));
    } else if (this != UNKNOWN) {
      permitted = !Collections.disjoint(needed, heldClasses);
    } else {
      permitted = true;
    }
    return permitted
        ? null
        : new PermissionDeniedException(action.actionName(), needed, heldClasses);
  }

  /**
   * The class names of a {@code (Priv: a,b,all)} suffix, without {@code all} and {@code <none>}.
   */
  private static Set<String> privClassNames(String synopsis) {
    int start = synopsis.lastIndexOf(PRIV_MARK);
    if (start < 0) {
      return Set.of();
    }
    int end = synopsis.indexOf(')', start);
    String list = synopsis.substring(start + PRIV_MARK.length(), end < 0 ? synopsis.length() : end);
    Set<String> names = new HashSet<>();
    for (String item : list.split(",")) {
      String name = item.trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals("all") && !name.equals("<none>")) {
        names.add(name);
      }
    }
    return names;
  }

  @Override
  public String toString() {
    return "WritePermissions{"
        + (permittedActions == null ? "" : permittedActions.size() + " actions, ")
        + "classes="
        + PrivilegeClass.toList(heldClasses)
        + "}";
  }
}
