package org.amiframework.core.client;

/** A registration that can be cancelled. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops the deliveries; idempotent. */
  void cancel();

  @Override
  default void close() {
    cancel();
  }
}
