package org.amiframework.runtime.internal;

import jakarta.enterprise.inject.spi.Extension;
import java.util.Objects;

/**
 * Carries {@link BootOptions} into a container. Added as an instance by {@link
 * org.amiframework.runtime.AmiApplication} (never registered as a service): the {@link
 * AmiExtension} may be created by the container itself through service loading, so it cannot take
 * constructor arguments, and asks the bean manager for this one instead.
 */
public final class BootOptionsExtension implements Extension {

  private final BootOptions options;

  /** Carries these options. */
  public BootOptionsExtension(BootOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  BootOptions options() {
    return options;
  }
}
