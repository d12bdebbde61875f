package org.amiframework.core.api;

import java.util.Set;
import org.amiframework.core.message.AmiMessage;

/**
 * An action to send to Asterisk, typed by what sending it yields: an {@link AmiResponse}, an {@link
 * EventListResult} of typed items, or a {@link CommandResult}.
 *
 * @param <R> the result of sending this action
 */
public interface AmiAction<R> {

  /** The action name ({@code Originate}, {@code Status}, ...). */
  String actionName();

  /**
   * The message to send: {@code Action:} first, then the parameters in a stable order. It carries
   * no {@code ActionID}; the client adds a unique one when it sends the action.
   */
  AmiMessage toMessage();

  /**
   * The write classes of which the user needs at least one to run this action; empty when the
   * action needs none (Ping, Login, Events, ...).
   */
  Set<PrivilegeClass> writeClasses();

  /** How the answer to this action is gathered. */
  ResultShape<R> resultShape();
}
