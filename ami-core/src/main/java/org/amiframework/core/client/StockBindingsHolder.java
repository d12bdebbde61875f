package org.amiframework.core.client;

import org.amiframework.asterisk.AsteriskBindings;
import org.amiframework.core.api.Bindings;

/**
 * Gives the default bindings of a client: the stock bindings generated into ami-core ({@link
 * AsteriskBindings}, every action and event of Asterisk 20 and 22), so events decode to their typed
 * classes unless the application configures bindings of its own.
 */
final class StockBindingsHolder {

  private static final Bindings STOCK = new AsteriskBindings();

  private StockBindingsHolder() {}

  static Bindings stock() {
    return STOCK;
  }
}
