package org.amiframework.runtime;

import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;

/**
 * Makes the client of each configured server: the seam where tests and the testkit plug in a fake.
 * The runtime uses, in this order, the factory given to {@link
 * AmiApplication.Builder#clientFactory}, the one CDI bean implementing this interface, or {@link
 * AmiClient#create}.
 *
 * <p>The configuration handed in is final: the event mask is resolved ({@code auto} replaced by the
 * derived classes) and the bindings are the application's. The runtime subscribes to the client,
 * connects it at startup and closes it at shutdown.
 */
@FunctionalInterface
public interface AmiClientFactory {

  /** A new, unconnected client for one server. */
  AmiClient create(AmiClientConfig config);
}
