package org.amiframework.processor.internal.overlay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.amiframework.processor.internal.diag.Diagnostics;

/**
 * The project's own overlay, shipped in the processor jar: write classes from ListCommands of
 * Asterisk 22.10.1, the event-list actions of the protocol reference, and the type table.
 */
public final class StockOverlay {

  /** The resources, in the order they are layered. */
  static final String[] RESOURCES = {"write-classes.txt", "result-shapes.txt", "types.txt"};

  private StockOverlay() {}

  /** Loads and layers the stock tables; a malformed line is reported like a user's. */
  public static Overlay load(Diagnostics diagnostics) {
    Overlay overlay = Overlay.empty();
    for (String name : RESOURCES) {
      overlay = overlay.overriddenBy(OverlayParser.parse(read(name), "stock " + name, diagnostics));
    }
    return overlay;
  }

  private static String read(String name) {
    try (InputStream in = StockOverlay.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("processor jar lacks its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
