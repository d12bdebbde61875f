package org.amiframework.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;

/**
 * One action being answered: the request, the session it came on, the server, and the ways to
 * answer.
 *
 * @param session the session that sent it
 * @param request the action message
 * @param server the fake
 */
record ActionContext(ManagerSession session, AmiMessage request, AmiServer server) {

  /** The first value of a request header (case-insensitive), or null. */
  String header(String name) {
    return request.get(name);
  }

  /** The first value of a request header, or "" when absent (Asterisk's empty string). */
  String headerOrEmpty(String name) {
    String v = request.get(name);
    return v == null ? "" : v;
  }

  void respond(AmiMessage response) {
    session.write(response);
  }

  void success(String message) {
    respond(Responses.success(request, message));
  }

  void error(String message) {
    respond(Responses.error(request, message));
  }

  /** An event list: ack, items with the ActionID, completion; one block nothing can split. */
  void respondList(
      String ackMessage, List<AmiMessage> items, String completionEvent, String... extras) {
    List<AmiMessage> block = new ArrayList<>(items.size() + 2);
    block.add(Responses.listAck(request, ackMessage));
    items.forEach(item -> block.add(Responses.listItem(item, request)));
    block.add(Responses.listComplete(request, completionEvent, items.size(), extras));
    session.writeBlock(block);
  }
}
