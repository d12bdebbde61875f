package org.amiframework.runtime.internal;

import java.util.function.Supplier;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.client.AmiClient;

/**
 * A handler bound to its bean: ready to call. The instance (see {@link HandlerTargets}) is looked
 * up by the first call and kept.
 */
final class BoundHandler {

  private final Handler handler;
  private final HandlerMethod method;
  private final HeaderCondition[] conditions;
  private final Supplier<Object> lookup;
  private volatile Object instance;

  BoundHandler(Handler handler, Supplier<Object> lookup) {
    this.handler = handler;
    this.method = handler.method();
    this.conditions = method.conditions().toArray(HeaderCondition[]::new);
    this.lookup = lookup;
  }

  Handler handler() {
    return handler;
  }

  HandlerMethod method() {
    return method;
  }

  /** Whether every {@code @Where} condition holds. */
  boolean conditionsHold(AmiEvent event) {
    for (HeaderCondition c : conditions) {
      if (!c.test(event)) {
        return false;
      }
    }
    return true;
  }

  /** Calls the method; what it throws comes out unwrapped. */
  void invoke(AmiEvent event, AmiClient connection) throws Exception {
    Object[] args =
        method.takesConnection() ? new Object[] {event, connection} : new Object[] {event};
    Object target = instance;
    if (target == null) {
      // Lanes may race here: the lookup answers the same instance to each of them.
      target = lookup.get();
      instance = target;
    }
    method.invoker().invoke(target, args);
  }

  @Override
  public String toString() {
    return method.description();
  }
}
