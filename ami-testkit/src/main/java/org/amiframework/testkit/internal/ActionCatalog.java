package org.amiframework.testkit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.amiframework.core.api.ActionType;
import org.amiframework.core.api.Bindings;
import org.amiframework.core.api.PrivilegeClass;

/**
 * The manager actions the fake knows, with the authority (write classes) and synopsis Asterisk
 * registers them with. Starts from the actions of a real Asterisk 22 (a table derived from its
 * ListCommands answer) and grows with scripted and bound actions. Lookup is case-insensitive, as
 * {@code action_find()} does.
 */
public final class ActionCatalog {

  /**
   * One registered action.
   *
   * @param name the name as Asterisk spells it
   * @param authority the write-class mask; 0 means anyone may run it
   * @param synopsis the one-line description ListCommands shows
   */
  public record Entry(String name, int authority, String synopsis) {}

  private static final String TABLE = "asterisk-22-actions.txt";

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** A catalog holding the stock Asterisk 22 actions. */
  public static ActionCatalog stock() {
    ActionCatalog catalog = new ActionCatalog();
    try (InputStream in = ActionCatalog.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + TABLE + " is missing from the testkit jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!line.isBlank() && !line.startsWith("#")) {
          catalog.register(parse(line, lineNumber));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return catalog;
  }

  /**
   * The stock catalog with the actions of {@code bindings}, which describe the emulated server:
   * their write classes win over the stock table's.
   */
  public static ActionCatalog stockWith(Bindings bindings) {
    ActionCatalog catalog = stock();
    for (ActionType<?> type : bindings.actions()) {
      Entry stock = catalog.find(type.name());
      catalog.register(
          new Entry(
              type.name(),
              PrivilegeClass.mask(type.writeClasses()),
              stock != null ? stock.synopsis() : type.name() + "."));
    }
    return catalog;
  }

  private static Entry parse(String line, int lineNumber) {
    String[] parts = line.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalStateException(TABLE + " line " + lineNumber + ": expected name|classes|..");
    }
    int authority = parts[1].equals("none") ? 0 : Privileges.getPerm(parts[1]);
    return new Entry(parts[0], authority, parts[2]);
  }

  /** Adds or replaces an action. */
  public void register(Entry entry) {
    entries.put(key(entry.name()), entry);
  }

  /** Adds an action unless one of that name is known already. */
  public void registerIfAbsent(Entry entry) {
    entries.putIfAbsent(key(entry.name()), entry);
  }

  /** Forgets an action. */
  public void remove(String name) {
    entries.remove(key(name));
  }

  /** The action of this name (any case), or null. */
  public Entry find(String name) {
    return entries.get(key(name));
  }

  /** Whether a session with this write mask may run the action ({@code process_message()}). */
  public static boolean allowed(Entry entry, int writePermission) {
    return entry.authority() == 0 || (writePermission & entry.authority()) != 0;
  }

  /** The actions a session with this write mask may run, sorted as Asterisk lists them. */
  public List<Entry> runnableBy(int writePermission) {
    return entries.values().stream()
        .filter(e -> allowed(e, writePermission))
        .sorted(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
