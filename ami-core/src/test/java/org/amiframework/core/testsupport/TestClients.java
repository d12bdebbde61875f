package org.amiframework.core.testsupport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.amiframework.core.client.AmiClientConfig;

/**
 * Client settings and waits for tests. Waits are generous (the build machine is a loaded 2-core
 * box); intervals under test are short. Nothing here sleeps for a fixed time to "let things
 * happen".
 */
public final class TestClients {

  /** How long a test waits for anything that should happen promptly. */
  public static final Duration WAIT = Duration.ofSeconds(20);

  private TestClients() {}

  /**
   * A configuration for {@code server} as admin/adminpw: no keepalive, quick reconnects, and
   * generous timeouts (tests that need short ones set them).
   */
  public static AmiClientConfig.Builder config(ScriptedAmiServer server) {
    return AmiClientConfig.builder()
        .name("test")
        .host("127.0.0.1")
        .port(server.port())
        .username("admin")
        .secret("adminpw")
        .connectTimeout(Duration.ofSeconds(10))
        .actionTimeout(WAIT)
        .pingInterval(Duration.ZERO)
        .reconnectInitialDelay(Duration.ofMillis(50))
        .reconnectMaxDelay(Duration.ofMillis(200));
  }

  /** The future's value, failing the test if it takes longer than {@link #WAIT}. */
  public static <T> T await(CompletableFuture<T> future) throws Exception {
    try {
      return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no result within " + WAIT, e);
    }
  }

  /** The failure of a future that must fail, unwrapped. */
  public static Throwable failure(CompletableFuture<?> future) throws Exception {
    try {
      Object value = future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      throw new AssertionError("expected a failure but got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("no failure within " + WAIT, e);
    }
  }

  /** Polls {@code condition} until it holds; fails after {@link #WAIT} with {@code what}. */
  public static void eventually(String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + WAIT + ": " + what);
      }
      Thread.sleep(5);
    }
  }
}
