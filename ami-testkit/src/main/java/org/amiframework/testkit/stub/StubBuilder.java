package org.amiframework.testkit.stub;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.api.PrivilegeClass;
import org.amiframework.core.message.AmiMessage;

/**
 * The half-built stub {@code FakeAsterisk.stubFor(matcher)} returns; one of the {@code will...}
 * methods completes and registers it. The newest stub that matches an action answers it.
 */
public final class StubBuilder {

  private final ActionMatcher matcher;
  private final Function<StubDefinition, Stub> registrar;
  private final Set<PrivilegeClass> writeClasses;

  /**
   * Creates a builder; fakes call this, tests call {@code stubFor}.
   *
   * @param matcher which actions the stub answers
   * @param registrar registers the finished stub
   */
  public StubBuilder(ActionMatcher matcher, Function<StubDefinition, Stub> registrar) {
    this(matcher, registrar, Set.of());
  }

  private StubBuilder(
      ActionMatcher matcher,
      Function<StubDefinition, Stub> registrar,
      Set<PrivilegeClass> writeClasses) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.writeClasses = writeClasses;
  }

  /**
   * For an action Asterisk does not have (a custom module's): the write classes a user needs for
   * it, of which one is enough. Without this such an action may be run by anyone.
   */
  public StubBuilder requiring(PrivilegeClass first, PrivilegeClass... more) {
    return new StubBuilder(matcher, registrar, EnumSet.of(first, more));
  }

  /** Answers every matching action with this reply. */
  public Stub willReturn(Reply reply) {
    Objects.requireNonNull(reply, "reply");
    return willAnswer(request -> reply);
  }

  /** Answers with an event list of these items; see {@link Stubs#list(AmiMessage...)}. */
  public Stub willReturnList(AmiMessage... items) {
    return willReturn(Stubs.list(List.of(items)));
  }

  /** Answers with a reply computed from each request. */
  public Stub willAnswer(Function<AmiMessage, Reply> answer) {
    return registrar.apply(new StubDefinition(matcher, answer, writeClasses));
  }
}
