package org.amiframework.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.runtime.fixtures.TestApp;
import org.amiframework.runtime.fixtures.TestBindings;
import org.amiframework.runtime.fixtures.TestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A running application, sent SIGTERM, shuts down cleanly: this runs it in a child JVM. */
class SigtermTest {

  /** The child's handlers: say when the server's FullyBooted arrived. */
  @AmiHandler
  static class Ready {
    @OnEvent("FullyBooted")
    void booted(AmiEvent event) {
      System.out.println("READY");
    }
  }

  /**
   * The child JVM: runs until terminated; its client says when it is closed. With the argument
   * {@code batched}, its client ends batches, so the runtime holds events until a batch ends.
   */
  public static final class Child {
    public static void main(String[] args) {
      boolean batched = List.of(args).contains("batched");
      AmiClientFactory clients =
          config -> {
            TestClient client = new TestClient(config);
            if (batched) {
              client.endingBatches();
            }
            client.onClose(() -> System.out.println("CLIENT CLOSED"));
            return client;
          };
      AmiApplication.builder()
          .disableDiscovery()
          .settings(TestApp.settings("default").build())
          .clientFactory(clients)
          .bindings(TestBindings.INSTANCE)
          .beanClasses(Ready.class)
          .run();
    }
  }

  @ParameterizedTest(name = "batched={0}")
  @ValueSource(booleans = {false, true})
  void sigtermClosesTheClientsBeforeTheJvmEnds(boolean batched) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                batched ? "batched" : "unbatched")
            .redirectErrorStream(true)
            .start();
    // A guard against a hang, not a timing: a child stuck before READY or before its end would
    // block the reads below forever; killed, it closes the pipe and the test fails with its output.
    CompletableFuture.runAsync(
        child::destroyForcibly, CompletableFuture.delayedExecutor(60, TimeUnit.SECONDS));
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals("READY")) {
        lines.add(line);
      }
      assertEquals("READY", line, () -> "the child never got ready: " + lines);
      // SIGTERM, through the handle: Process.destroy() would also close our end of the pipe.
      child.toHandle().destroy();
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException | AssertionError e) {
      child.destroyForcibly();
      throw e;
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not end");
    assertTrue(lines.contains("CLIENT CLOSED"), () -> "no clean close: " + lines);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("AMI runtime stopped")),
        () -> "the runtime did not stop: " + lines);
  }
}
