package org.amiframework.testkit.junit;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiApplication;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.ServerLifecycle;
import org.amiframework.testkit.FakeAsterisk;

/**
 * The application under test of an {@link AmiTest}, and the fake it is connected to; inject it as a
 * test parameter. Everything here is also injectable on its own.
 */
public final class TestApplication {

  private final TestFixture fixture;

  TestApplication(TestFixture fixture) {
    this.fixture = fixture;
  }

  /** The fake Asterisk. */
  public FakeAsterisk fake() {
    return fixture.fake();
  }

  /** The application's client: the one its handlers and beans get injected. */
  public AmiClient client() {
    return fixture.client();
  }

  /** The runtime: {@code publish} an event past the fake, read metrics. */
  public AmiRuntime runtime() {
    return fixture.application().runtime();
  }

  /** The running application, with its CDI container. */
  public AmiApplication application() {
    return fixture.application();
  }

  /** How the application reaches the fake. */
  public Transport transport() {
    return fixture.options().transport();
  }

  /**
   * A bean of the application, resolved as {@code @Inject} with these qualifiers would resolve it;
   * for a normal-scoped bean (an {@code @AmiHandler}), the instance itself rather than its client
   * proxy, so that a test may read its fields.
   *
   * @throws jakarta.enterprise.inject.UnsatisfiedResolutionException when there is none
   */
  public <T> T bean(Class<T> type, Annotation... qualifiers) {
    return fixture.bean(type, qualifiers);
  }

  /** The events the application received. */
  public ReceivedEvents events() {
    return fixture.events();
  }

  /**
   * The connection events the runtime fired ({@code Connected}, {@code LoggedIn}, ...), in order.
   */
  public List<ServerLifecycle> lifecycleEvents() {
    return fixture.lifecycle().events();
  }

  /**
   * Waits for the next connection event of this type: the first one after the event the previous
   * call returned, so that successive calls read as a script: {@code
   * awaitLifecycle(Disconnected.class, t); awaitLifecycle(Reconnected.class, t);}.
   *
   * @throws AssertionError on timeout, listing the events fired
   */
  public <T extends ServerLifecycle> T awaitLifecycle(Class<T> type, Duration timeout) {
    try {
      T found = fixture.lifecycle().awaitNext(type, timeout);
      if (found == null) {
        throw new AssertionError(
            "no "
                + type.getSimpleName()
                + " within "
                + timeout
                + "; the runtime fired "
                + lifecycleEvents());
      }
      return found;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + type.getSimpleName(), e);
    }
  }

  /**
   * Waits until the application has handled everything the fake sent so far and the fake has
   * received the actions the handlers sent meanwhile. {@code emit} and {@code play} do this
   * themselves; call it after events the fake sent on its own (a stub's {@code thenEmit}, a {@code
   * UserEvent} it broadcast).
   */
  public void settle() {
    fixture.settle();
  }
}
