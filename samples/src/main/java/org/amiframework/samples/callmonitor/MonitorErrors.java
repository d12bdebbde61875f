package org.amiframework.samples.callmonitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.amiframework.runtime.HandlerErrorListener;
import org.amiframework.runtime.HandlerFailure;
import org.amiframework.samples.callmonitor.Console.Topic;

/**
 * Prints a line when a handler fails (an action Asterisk refused, say). The runtime has logged the
 * failure with its stack trace already; the other handlers and the connection carry on.
 */
@ApplicationScoped
public class MonitorErrors implements HandlerErrorListener {

  @Inject Console console;

  @Override
  public void onHandlerError(HandlerFailure failure) {
    console.print(
        Topic.ERROR,
        failure.handler() + " failed on " + failure.event().name() + ": " + failure.cause());
  }
}
