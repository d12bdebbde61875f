package org.amiframework.runtime.internal;

import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.client.AmiClient;

/** A handler bound to its bean instance (a client proxy, looked up once): ready to call. */
final class BoundHandler {

  private final Handler handler;
  private final HandlerMethod method;
  private final HeaderCondition[] conditions;
  private final Object instance;

  BoundHandler(Handler handler, Object instance) {
    this.handler = handler;
    this.method = handler.method();
    this.conditions = method.conditions().toArray(HeaderCondition[]::new);
    this.instance = instance;
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
    method.invoker().invoke(instance, args);
  }

  @Override
  public String toString() {
    return method.description();
  }
}
