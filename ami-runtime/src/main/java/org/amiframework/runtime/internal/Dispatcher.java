package org.amiframework.runtime.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.runtime.HandlerErrorListener;
import org.amiframework.runtime.HandlerFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the handlers of one event, on its lane's thread: the parameter type,
 * {@code @RequiresPrivilege} and {@code @Where} are checked per handler, then it is called. A
 * handler that throws is logged with the event and the method, counted, and reported to the error
 * listeners; the next handler runs as if nothing happened.
 */
final class Dispatcher implements Consumer<Delivery> {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  private final DispatchTable table;
  private final List<HandlerErrorListener> errorListeners;
  private final DispatchMetrics metrics;

  Dispatcher(
      DispatchTable table, List<HandlerErrorListener> errorListeners, DispatchMetrics metrics) {
    this.table = table;
    this.errorListeners = List.copyOf(errorListeners);
    this.metrics = metrics;
  }

  @Override
  public void accept(Delivery d) {
    AmiEvent event = d.event();
    ServerLink server = d.server();
    BoundHandler[] handlers = table.handlersFor(server.index(), d.name());
    Set<PrivilegeClass> classes = null;
    for (BoundHandler h : handlers) {
      HandlerMethod m = h.method();
      try {
        if (!m.parameterType().isInstance(event)) {
          continue;
        }
        if (m.requiredClasses() != null) {
          if (classes == null) {
            classes = event.privilegeClasses();
          }
          if (!m.allowsClasses(classes)) {
            continue;
          }
        }
        if (h.conditionsHold(event)) {
          h.invoke(event, server.client());
          metrics.invocations.increment();
        }
      } catch (Throwable t) { // isolation: whatever a handler throws stays with that handler
        failed(new HandlerFailure(server.name(), event, m.description(), t));
      }
    }
  }

  private void failed(HandlerFailure failure) {
    metrics.failures.increment();
    LOG.error("{}", failure, failure.cause());
    for (HandlerErrorListener listener : errorListeners) {
      try {
        listener.onHandlerError(failure);
      } catch (RuntimeException e) {
        LOG.error(
            "HandlerErrorListener {} failed on a failure of {}", listener, failure.handler(), e);
      }
    }
  }
}
