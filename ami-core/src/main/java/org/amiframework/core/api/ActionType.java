package org.amiframework.core.api;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.message.AmiMessage;

/**
 * What a binding knows of one action type: the fake server uses it to decode the actions a client
 * sent into typed objects for assertions, and the client to check write classes.
 *
 * @param name the action name on the wire
 * @param javaType the generated class
 * @param writeClasses the classes of which a user needs one to run it (empty: none needed)
 * @param parameters the documented parameter names
 * @param decoder reads a raw action message back into the typed action
 */
public record ActionType<A extends AmiAction<?>>(
    String name,
    Class<A> javaType,
    Set<PrivilegeClass> writeClasses,
    Set<String> parameters,
    Function<AmiMessage, A> decoder) {

  /** Validates and copies. */
  public ActionType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(javaType, "javaType");
    writeClasses = Set.copyOf(writeClasses);
    parameters = Set.copyOf(parameters);
    Objects.requireNonNull(decoder, "decoder");
  }
}
