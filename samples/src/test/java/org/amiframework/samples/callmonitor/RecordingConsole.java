package org.amiframework.samples.callmonitor;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The console of a monitor under test: writes to a {@link ConsoleTranscript} instead of standard
 * output. Added to an application as a bean class, it replaces {@link Console}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingConsole extends Console {

  private final ConsoleTranscript transcript = new ConsoleTranscript();

  @Override
  public void print(Topic topic, String text) {
    transcript.add(topic, text);
  }

  /** What was printed; the object itself, usable after the application shut down. */
  ConsoleTranscript transcript() {
    return transcript;
  }
}
