package org.amiframework.core.client;

import org.amiframework.core.api.Bindings;

/**
 * Gives the default bindings of a client: the stock bindings generated into ami-core. Until they
 * are generated (the processor issue), no event type is known and every event decodes generically.
 */
final class StockBindingsHolder {

  private StockBindingsHolder() {}

  static Bindings stock() {
    return Bindings.none();
  }
}
