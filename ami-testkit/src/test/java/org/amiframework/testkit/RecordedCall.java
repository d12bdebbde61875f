package org.amiframework.testkit;

import java.util.List;
import java.util.function.Predicate;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;

/**
 * Reads the capture {@code d-status-coreshowchannels-during-call} (Status and CoreShowChannels
 * answered by Asterisk 22.10.1 during a call) at run time, for the conformance tests of the fake's
 * channel lists; the capture itself is never copied into the project.
 */
final class RecordedCall {

  static final String CAPTURE = "d-status-coreshowchannels-during-call.rx";

  /** The ActionIDs of the recorded requests are this prefix and a number. */
  static final String ACTION_ID_PREFIX = "d-status-coreshowchannels-during-call-";

  private RecordedCall() {}

  /** The first message of the capture that {@code wanted} accepts. */
  static AmiMessage message(String what, Predicate<AmiMessage> wanted) {
    return AmiCapture.fromServer(SharedData.capture(CAPTURE)).messages().stream()
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + what + " in " + CAPTURE));
  }

  /** The header names of a message, repeats included, in wire order. */
  static List<String> names(AmiMessage message) {
    return message.headers().stream().map(Header::name).toList();
  }
}
