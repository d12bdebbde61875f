package org.amiframework.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.MessageKind;
import org.amiframework.core.wire.MessageEncoder;
import org.amiframework.testkit.AmiCapture;
import org.amiframework.testkit.ReplayMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a client from a recorded capture instead of the engine. The capture is cut into segments,
 * each a response with the events that followed it; the client's N-th message gets the N-th
 * segment. Messages before the first response go out right after the greeting. Unchanged messages
 * keep their recorded bytes exactly.
 */
public final class ReplayProcessor implements SessionProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(ReplayProcessor.class);

  private final AmiCapture capture;
  private final ReplayMode mode;
  private final String fallbackGreeting;
  private final List<List<Integer>> segments;
  private final Map<String, String> idMap = new HashMap<>();
  private int next = 1;

  /**
   * A replay of {@code capture} for one session.
   *
   * @param fallbackGreeting the greeting when the capture has none
   */
  public ReplayProcessor(AmiCapture capture, ReplayMode mode, String fallbackGreeting) {
    this.capture = capture;
    this.mode = mode;
    this.fallbackGreeting = fallbackGreeting;
    this.segments = segments(capture);
  }

  private static List<List<Integer>> segments(AmiCapture capture) {
    List<List<Integer>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    for (int i = 0; i < capture.size(); i++) {
      if (capture.messages().get(i).kind() == MessageKind.RESPONSE) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(i);
    }
    return out;
  }

  @Override
  public String greeting() {
    return capture.greeting().orElse(fallbackGreeting);
  }

  @Override
  public void onStart(AmiSession session) {
    writeSegment(session, 0, null);
  }

  @Override
  public void onMessage(AmiSession session, AmiMessage message) {
    if (next >= segments.size()) {
      LOG.debug("{}: the capture has no answer left for {}", session, message);
      return;
    }
    writeSegment(session, next++, Responses.actionId(message));
  }

  private void writeSegment(AmiSession session, int segment, String clientId) {
    List<Integer> indices = segments.get(segment);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    for (int k = 0; k < indices.size(); k++) {
      int index = indices.get(k);
      AmiMessage recorded = capture.messages().get(index);
      AmiMessage rewritten = recorded;
      if (mode == ReplayMode.REWRITE_ACTION_IDS) {
        if (k == 0 && segment > 0) {
          String recordedId = Responses.actionId(recorded);
          if (recordedId != null) {
            idMap.put(recordedId, clientId);
          }
          rewritten = withActionId(recorded, clientId);
        } else if (recorded.has("ActionID") && idMap.containsKey(recorded.actionId())) {
          rewritten = withActionId(recorded, idMap.get(recorded.actionId()));
        }
      }
      block.writeBytes(
          rewritten.equals(recorded) ? capture.rawBytes(index) : MessageEncoder.encode(rewritten));
    }
    if (block.size() > 0) {
      session.writeRaw(block.toByteArray());
    }
  }

  /** The message with its ActionID set in place (second header when added), or removed if null. */
  private static AmiMessage withActionId(AmiMessage message, String id) {
    AmiMessage.Builder b = AmiMessage.builder();
    boolean done = false;
    for (int i = 0; i < message.size(); i++) {
      String name = message.name(i);
      if (name.equalsIgnoreCase("ActionID")) {
        if (!done && id != null) {
          b.add(name, id);
        }
        done = true;
        continue;
      }
      b.add(name, message.value(i));
      if (i == 0 && id != null && !message.has("ActionID")) {
        b.add("ActionID", id);
        done = true;
      }
    }
    return b.body(message.body().orElse(null)).build();
  }
}
