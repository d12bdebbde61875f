package org.amiframework.testkit.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.stub.ActionMatcher;
import org.amiframework.testkit.stub.Stub;
import org.amiframework.testkit.stub.StubDefinition;

/**
 * The registered stubs, newest first. A stub for an action Asterisk does not have registers that
 * action in the catalog, with the write classes the stub declared, so that permission checks and
 * ListCommands see it as a real server would see a loaded module's action; when its last stub is
 * removed, the action is unknown again.
 */
public final class StubRegistry {

  /** Actions that drive the session itself; the fake's user registry answers them. */
  private static final Set<String> SESSION_CONTROL = Set.of("login", "logoff", "challenge");

  private final List<RegisteredStub> stubs = new CopyOnWriteArrayList<>();
  private final Set<String> addedToCatalog = ConcurrentHashMap.newKeySet();
  private final ActionCatalog catalog;

  public StubRegistry(ActionCatalog catalog) {
    this.catalog = catalog;
  }

  /** Registers a stub. */
  public Stub register(StubDefinition definition) {
    String name = definition.matcher().actionName();
    if (name != null) {
      if (SESSION_CONTROL.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            name
                + " drives the session and cannot be stubbed: configure users on the fake, or use"
                + " its faults (failed logins answer as Asterisk does)");
      }
      if (catalog.find(name) == null) {
        catalog.register(
            new ActionCatalog.Entry(
                name, PrivilegeClass.mask(definition.writeClasses()), "Scripted by the test."));
        addedToCatalog.add(name.toLowerCase(Locale.ROOT));
      }
    }
    RegisteredStub stub = new RegisteredStub(definition);
    stubs.add(0, stub);
    return stub;
  }

  /** The newest stub matching the action, or null; counts the match. */
  RegisteredStub match(AmiMessage action) {
    for (RegisteredStub stub : stubs) {
      if (stub.definition.matcher().test(action)) {
        stub.count.incrementAndGet();
        return stub;
      }
    }
    return null;
  }

  /** Removes every stub, and the actions only stubs had made known. */
  public void clear() {
    stubs.clear();
    addedToCatalog.forEach(catalog::remove);
    addedToCatalog.clear();
  }

  /** After a removal: an action only stubs made known is unknown again once its last stub goes. */
  private void forgetIfUnstubbed(String name) {
    if (name == null) {
      return;
    }
    String key = name.toLowerCase(Locale.ROOT);
    boolean stillStubbed =
        stubs.stream()
            .map(s -> s.definition.matcher().actionName())
            .anyMatch(n -> n != null && n.equalsIgnoreCase(key));
    if (!stillStubbed && addedToCatalog.remove(key)) {
      catalog.remove(key);
    }
  }

  final class RegisteredStub implements Stub {
    private final StubDefinition definition;
    private final AtomicInteger count = new AtomicInteger();

    RegisteredStub(StubDefinition definition) {
      this.definition = definition;
    }

    StubDefinition definition() {
      return definition;
    }

    @Override
    public ActionMatcher matcher() {
      return definition.matcher();
    }

    @Override
    public int matchCount() {
      return count.get();
    }

    @Override
    public void remove() {
      stubs.remove(this);
      forgetIfUnstubbed(definition.matcher().actionName());
    }

    @Override
    public String toString() {
      return "Stub{" + definition.matcher() + "}";
    }
  }
}
