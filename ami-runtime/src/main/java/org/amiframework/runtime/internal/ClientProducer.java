package org.amiframework.runtime.internal;

import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.List;
import org.amiframework.core.client.AmiClient;
import org.amiframework.runtime.AmiRuntime;
import org.amiframework.runtime.Server;

/**
 * Makes the clients injectable: {@code @Inject AmiClient} when one server is configured,
 * {@code @Inject @Server("pbx2") AmiClient} for any. Injection points naming unknown servers, or a
 * plain one with several servers, are already deployment problems; the checks here guard
 * programmatic lookups.
 */
class ClientProducer {

  @Inject AmiRuntime runtime;

  @Produces
  @Default
  AmiClient onlyClient() {
    List<String> names = runtime.servers();
    if (names.size() != 1) {
      throw new IllegalStateException(
          "AmiClient without @Server is ambiguous: servers " + names + " are configured");
    }
    return runtime.client(names.get(0));
  }

  @Produces
  @Server("")
  AmiClient namedClient(InjectionPoint injectionPoint) {
    for (var qualifier : injectionPoint.getQualifiers()) {
      if (qualifier instanceof Server server) {
        return runtime.client(server.value());
      }
    }
    throw new IllegalStateException("no @Server qualifier on " + injectionPoint);
  }
}
