package org.amiframework.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Server-wide faults for reliability tests, switched on and off while clients are connected. Faults
 * of one connection (drop it, cut a message, send garbage) are on {@link FakeSession}.
 */
public final class Faults {

  private final Runnable onChange;
  private volatile boolean ignorePing;
  private volatile Duration responseDelay = Duration.ZERO;
  private volatile boolean readingStalled;
  private volatile boolean closeBeforeGreeting;

  Faults(Runnable onChange) {
    this.onChange = onChange;
  }

  /** Stops answering {@code Ping} (the action is still recorded): a server that hangs. */
  public Faults ignorePing() {
    ignorePing = true;
    return this;
  }

  /** Holds every action this long before running it, as a busy Asterisk does. */
  public Faults delayResponses(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    responseDelay = delay;
    return this;
  }

  /**
   * Stops reading every connection's socket, new ones included: nothing is answered, and a client
   * that keeps writing eventually blocks on a full socket.
   */
  public Faults stallReading() {
    readingStalled = true;
    return this;
  }

  /**
   * Closes each new connection before the greeting, as Asterisk does when its {@code authlimit} of
   * unauthenticated sessions is reached.
   */
  public Faults closeBeforeGreeting() {
    closeBeforeGreeting = true;
    return this;
  }

  /** Ends every fault; stalled connections read again. */
  public Faults clear() {
    ignorePing = false;
    responseDelay = Duration.ZERO;
    readingStalled = false;
    closeBeforeGreeting = false;
    onChange.run();
    return this;
  }

  /** Whether Ping goes unanswered. */
  public boolean ignoringPing() {
    return ignorePing;
  }

  /** The delay before each action runs. */
  public Duration responseDelay() {
    return responseDelay;
  }

  /** Whether connections are not read. */
  public boolean readingStalled() {
    return readingStalled;
  }

  /** Whether new connections are closed before the greeting. */
  public boolean closingBeforeGreeting() {
    return closeBeforeGreeting;
  }
}
