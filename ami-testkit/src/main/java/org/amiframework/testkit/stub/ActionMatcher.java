package org.amiframework.testkit.stub;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.amiframework.core.message.AmiMessage;

/**
 * Which actions a stub answers or an assertion looks for: an action name (matched ignoring case, as
 * Asterisk matches it) and conditions on headers. Reads like WireMock: {@code
 * action("Originate").withHeader("Channel", "Local/100@default")}. When an action does not match,
 * {@link #mismatches(AmiMessage)} says which condition failed, for readable test failures.
 */
public final class ActionMatcher implements Predicate<AmiMessage> {

  private record Condition(String description, Predicate<AmiMessage> test) {}

  private final String actionName;
  private final List<Condition> conditions;

  private ActionMatcher(String actionName, List<Condition> conditions) {
    this.actionName = actionName;
    this.conditions = List.copyOf(conditions);
  }

  /** Actions named {@code name} (any case). */
  public static ActionMatcher action(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an action name cannot be blank");
    }
    return new ActionMatcher(name, List.of());
  }

  /** Every action. */
  public static ActionMatcher anyAction() {
    return new ActionMatcher(null, List.of());
  }

  /** The name this matcher requires, or null if it takes any action. */
  public String actionName() {
    return actionName;
  }

  /** Also requires header {@code name} (any case) with exactly this first value. */
  public ActionMatcher withHeader(String name, String value) {
    Objects.requireNonNull(value, "value");
    return with(name + " = '" + value + "'", m -> value.equals(m.get(name)));
  }

  /** Also requires the first value of header {@code name} to contain a match of {@code regex}. */
  public ActionMatcher withHeaderMatching(String name, String regex) {
    Pattern pattern = Pattern.compile(regex);
    return with(
        name + " ~ /" + regex + "/",
        m -> m.get(name) != null && pattern.matcher(m.get(name)).find());
  }

  /** Also requires that header {@code name} is absent. */
  public ActionMatcher withoutHeader(String name) {
    return with("no " + name, m -> !m.has(name));
  }

  /**
   * Also requires the channel variable {@code name=value} among the {@code Variable} headers (each
   * of which may hold several comma-separated pairs, as Originate accepts them).
   */
  public ActionMatcher withVariable(String name, String value) {
    String pair = name + "=" + value;
    return with(
        "Variable " + pair,
        m ->
            m.getAll("Variable").stream()
                .flatMap(v -> List.of(v.split(",")).stream())
                .anyMatch(p -> p.strip().equals(pair)));
  }

  /** Also requires a condition of your own, described for failure messages. */
  public ActionMatcher where(String description, Predicate<AmiMessage> condition) {
    return with(description, Objects.requireNonNull(condition, "condition"));
  }

  private ActionMatcher with(String description, Predicate<AmiMessage> test) {
    List<Condition> more = new ArrayList<>(conditions);
    more.add(new Condition(description, test));
    return new ActionMatcher(actionName, more);
  }

  @Override
  public boolean test(AmiMessage message) {
    return mismatches(message).isEmpty();
  }

  /** Whether the action's name is the one required (always true for {@link #anyAction()}). */
  public boolean matchesName(AmiMessage message) {
    return actionName == null || actionName.equalsIgnoreCase(nameOf(message));
  }

  /** What this action lacks to match; empty if it matches. */
  public List<String> mismatches(AmiMessage message) {
    if (!matchesName(message)) {
      return List.of("Action is '" + nameOf(message) + "', not '" + actionName + "'");
    }
    List<String> failed = new ArrayList<>();
    for (Condition c : conditions) {
      if (!c.test().test(message)) {
        failed.add("not " + c.description());
      }
    }
    return failed;
  }

  /** The action name as Asterisk reads it: the first non-empty {@code Action} header, or null. */
  public static String nameOf(AmiMessage message) {
    for (int i = 0; i < message.size(); i++) {
      if (message.name(i).equalsIgnoreCase("Action") && !message.value(i).isEmpty()) {
        return message.value(i);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(actionName == null ? "any action" : "Action " + actionName);
    for (Condition c : conditions) {
      sb.append(", ").append(c.description());
    }
    return sb.toString();
  }
}
