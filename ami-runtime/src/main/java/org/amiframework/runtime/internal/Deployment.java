package org.amiframework.runtime.internal;

import java.util.List;
import org.amiframework.core.api.Bindings;
import org.amiframework.runtime.AmiClientFactory;
import org.amiframework.runtime.AmiSettings;

/**
 * Everything the extension decided at deployment, for the runtime to run with.
 *
 * @param settings the settings, each server's event mask resolved and bindings set
 * @param bindings the application's bindings
 * @param handlers the valid handlers, in a stable order
 * @param clientFactory the factory given at boot, or null
 */
record Deployment(
    AmiSettings settings,
    Bindings bindings,
    List<Handler> handlers,
    AmiClientFactory clientFactory) {

  Deployment {
    handlers = List.copyOf(handlers);
  }
}
