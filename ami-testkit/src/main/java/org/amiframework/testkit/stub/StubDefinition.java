package org.amiframework.testkit.stub;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * A complete stub as a {@link StubBuilder} hands it to the fake.
 *
 * @param matcher which actions it answers
 * @param answer computes the reply from the request
 * @param writeClasses for an action Asterisk does not have: the write classes it requires (empty:
 *     anyone may run it); ignored for known actions, whose real classes apply
 */
public record StubDefinition(
    ActionMatcher matcher, Function<AmiMessage, Reply> answer, Set<PrivilegeClass> writeClasses) {

  /** Validates and copies. */
  public StubDefinition {
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(answer, "answer");
    writeClasses = Set.copyOf(writeClasses);
  }
}
