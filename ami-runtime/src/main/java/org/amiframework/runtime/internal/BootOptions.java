package org.amiframework.runtime.internal;

import jakarta.enterprise.inject.spi.BeanManager;
import java.util.List;
import org.amiframework.core.api.Bindings;
import org.amiframework.runtime.AmiClientFactory;
import org.amiframework.runtime.AmiSettings;

/**
 * What {@link org.amiframework.runtime.AmiApplication.Builder} was told, handed to the extension
 * through {@link BootOptionsExtension}. Every part may be null: the runtime then uses its default.
 *
 * @param settings the settings; null: loaded from arguments, system properties, environment and
 *     {@code ami.properties}
 * @param clientFactory the client factory; null: a CDI bean implementing it, or {@code
 *     AmiClient::create}
 * @param bindings the bindings; null: ServiceLoader-registered bindings over the stock ones
 * @param args the command-line arguments, for settings given as {@code --ami.key=value}
 */
public record BootOptions(
    AmiSettings settings, AmiClientFactory clientFactory, Bindings bindings, List<String> args) {

  static final BootOptions DEFAULTS = new BootOptions(null, null, null, List.of());

  /** Copies. */
  public BootOptions {
    args = List.copyOf(args);
  }

  /** The options of this container: those of {@link BootOptionsExtension}, or the defaults. */
  static BootOptions of(BeanManager beanManager) {
    try {
      return beanManager.getExtension(BootOptionsExtension.class).options();
    } catch (IllegalArgumentException notRegistered) {
      return DEFAULTS;
    }
  }
}
