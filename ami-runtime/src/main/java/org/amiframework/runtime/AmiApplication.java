package org.amiframework.runtime;

import jakarta.enterprise.inject.se.SeContainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.amiframework.core.api.Bindings;
import org.amiframework.runtime.internal.AmiExtension;
import org.amiframework.runtime.internal.BootOptions;
import org.amiframework.runtime.internal.BootOptionsExtension;
import org.amiframework.runtime.internal.DefaultAmiRuntime;
import org.jboss.weld.environment.se.Weld;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an AMI application: boots Weld SE, which finds the handler beans, then connects every
 * configured server.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   AmiApplication.run(args);      // returns after SIGTERM / Ctrl-C, once shut down cleanly
 * }
 * }</pre>
 *
 * <p>Bean discovery needs a {@code META-INF/beans.xml} in the archive holding the handlers (empty,
 * or with {@code bean-discovery-mode="annotated"}). Shutting down, by {@link #close()} or on
 * SIGTERM with {@link #run}, stops accepting events, lets the lanes finish what is queued (at most
 * {@code ami.shutdown-timeout}), closes the clients (logging off) and shuts the container down.
 */
public final class AmiApplication implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AmiApplication.class);

  private final Weld weld;
  private final SeContainer container;
  private final DefaultAmiRuntime runtime;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);

  private AmiApplication(Weld weld, SeContainer container) {
    this.weld = weld;
    this.container = container;
    this.runtime = container.select(DefaultAmiRuntime.class).get();
  }

  /**
   * Starts with discovery and the configuration from {@code args} ({@code --ami.key=value}), system
   * properties, environment and {@code ami.properties}; blocks until the JVM is asked to stop, then
   * shuts down cleanly.
   *
   * @throws ConfigurationException for invalid settings
   * @throws RuntimeException when deployment fails (a bad handler) or a server cannot be reached
   */
  public static void run(String... args) {
    builder().args(args).run();
  }

  /** Starts like {@link #run} but returns at once with the running application. */
  public static AmiApplication start(String... args) {
    return builder().args(args).start();
  }

  /** A builder, for tests and embedding. */
  public static Builder builder() {
    return new Builder();
  }

  /** The runtime: clients, publishing, metrics; usable until {@link #close()}. */
  public AmiRuntime runtime() {
    return runtime;
  }

  /** The CDI container, for looking beans up; usable until {@link #close()}. */
  public SeContainer container() {
    return container;
  }

  /** Whether {@link #close()} has not begun. */
  public boolean isRunning() {
    return !closing.get();
  }

  /** Blocks until the application has been closed; returns early if the thread is interrupted. */
  public void awaitShutdown() {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Shuts down: stops accepting events, drains the lanes (bounded by {@code ami.shutdown-timeout}),
   * closes the clients, shuts the container down. Idempotent; a second caller waits for the first.
   * Called from a handler, it runs on a new thread (a lane cannot drain itself) and returns at
   * once.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      if (!DefaultAmiRuntime.onHandlerThread()) {
        awaitShutdown();
      }
      return;
    }
    if (DefaultAmiRuntime.onHandlerThread()) {
      new Thread(this::shutDown, "ami-shutdown").start();
    } else {
      shutDown();
    }
  }

  private void shutDown() {
    try {
      runtime.stop();
    } catch (RuntimeException e) {
      LOG.error("stopping the AMI runtime failed", e);
    } finally {
      try {
        weld.shutdown();
      } finally {
        closed.countDown();
      }
    }
  }

  /** Configures and starts an {@link AmiApplication}. */
  public static final class Builder {
    private final List<String> args = new ArrayList<>();
    private final List<Class<?>> beanClasses = new ArrayList<>();
    private AmiSettings settings;
    private AmiClientFactory clientFactory;
    private Bindings bindings;
    private boolean discovery = true;

    private Builder() {}

    /** Command-line arguments; {@code --ami.key=value} ones override every other source. */
    public Builder args(String... args) {
      this.args.addAll(List.of(args));
      return this;
    }

    /** Settings to use instead of loading them from arguments, properties and environment. */
    public Builder settings(AmiSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** The factory of clients (a fake, in tests); wins over a CDI bean implementing it. */
    public Builder clientFactory(AmiClientFactory factory) {
      this.clientFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * The bindings events are typed with and handlers checked against, instead of those registered
     * with {@link java.util.ServiceLoader} stacked over the stock bindings.
     */
    public Builder bindings(Bindings bindings) {
      this.bindings = Objects.requireNonNull(bindings, "bindings");
      return this;
    }

    /** Adds bean classes to what discovery finds (or to nothing, with discovery off). */
    public Builder beanClasses(Class<?>... classes) {
      beanClasses.addAll(List.of(classes));
      return this;
    }

    /** Turns bean discovery off: only {@link #beanClasses} are beans. */
    public Builder disableDiscovery() {
      this.discovery = false;
      return this;
    }

    /**
     * Starts, then blocks until the JVM is asked to stop (SIGTERM, Ctrl-C, {@code System.exit}),
     * whose shutdown hook closes the application cleanly before the JVM ends.
     *
     * @throws RuntimeException when starting fails, as {@link #start()}
     */
    public void run() {
      // The hook exists before starting, so a SIGTERM during startup still ends in a clean close.
      CompletableFuture<AmiApplication> started = new CompletableFuture<>();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> started.thenAccept(AmiApplication::close).exceptionally(e -> null).join(),
                  "ami-shutdown"));
      AmiApplication app;
      try {
        app = start();
      } catch (RuntimeException e) {
        started.completeExceptionally(e);
        throw e;
      }
      started.complete(app);
      app.awaitShutdown();
    }

    /**
     * Boots the container and connects every server.
     *
     * @throws RuntimeException when deployment fails (the message names the bad handler or key) or
     *     a server cannot be reached; the container is shut down again before
     */
    public AmiApplication start() {
      Weld weld = new Weld("ami-" + UUID.randomUUID()).skipShutdownHook();
      if (!discovery) {
        // Weld loads service-registered extensions only when it discovers beans.
        weld.disableDiscovery().addExtension(new AmiExtension());
      }
      weld.addExtension(
          new BootOptionsExtension(new BootOptions(settings, clientFactory, bindings, args)));
      beanClasses.forEach(weld::addBeanClass);
      try {
        return new AmiApplication(weld, weld.initialize());
      } catch (RuntimeException e) {
        weld.shutdown();
        throw e;
      }
    }
  }
}
