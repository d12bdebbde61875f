package org.amiframework.core.wire;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;

/** Keeps everything a {@link FrameReader} reports, in order. */
final class RecordingHandler implements FrameHandler {

  final List<String> greetings = new ArrayList<>();
  final List<AmiMessage> messages = new ArrayList<>();
  final List<FrameError> errors = new ArrayList<>();

  @Override
  public void onGreeting(String greeting) {
    greetings.add(greeting);
  }

  @Override
  public void onMessage(AmiMessage message) {
    messages.add(message);
  }

  @Override
  public void onError(FrameError error) {
    errors.add(error);
  }

  /** The kinds of the errors so far, in order. */
  List<FrameError.Kind> errorKinds() {
    return errors.stream().map(FrameError::kind).toList();
  }
}
