package org.amiframework.runtime.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.fixtures.TestBindings;

/** Builds resolved handlers without a container, for tests of what is decided from them. */
final class HandlerShapes {

  static final EventCatalog CATALOG = new EventCatalog(TestBindings.INSTANCE);

  private HandlerShapes() {}

  /** A handler of {@code type}, with name patterns, required classes (or null) and server. */
  static Handler handler(
      String description,
      Class<? extends AmiEvent> type,
      List<String> patterns,
      Set<PrivilegeClass> required,
      String server) {
    HandlerMethod m =
        new HandlerMethod(
            description,
            null,
            type,
            false,
            patterns.stream().map(NamePattern::compile).toList(),
            List.of(),
            required,
            server,
            null);
    Handler h = HandlerResolver.resolve(m, CATALOG, problem -> fail(problem));
    if (h == null) {
      fail(description + " did not resolve");
    }
    return h;
  }

  /** A handler of {@code type} for every server, without patterns or required classes. */
  static Handler handler(String description, Class<? extends AmiEvent> type) {
    return handler(description, type, List.of(), null, null);
  }
}
