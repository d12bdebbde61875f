package org.amiframework.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.core.message.Header;
import org.amiframework.testkit.stub.ActionMatcher;
import org.amiframework.testkit.stub.Reply;

/** Writes a scripted {@link Reply} in the exact shapes Asterisk writes responses and lists. */
final class ReplyWriter {

  private ReplyWriter() {}

  static void write(Reply reply, ActionContext ctx) throws InterruptedException {
    if (!reply.delay().isZero()) {
      Thread.sleep(reply.delay().toMillis());
    }
    AmiMessage request = ctx.request();
    switch (reply.kind()) {
      case RESPONSE -> ctx.respond(response(reply, request));
      case LIST -> ctx.session().writeBlock(list(reply, request, ctx.server().catalog()));
      case NONE -> {}
    }
    for (Reply.Emission emission : reply.emissions()) {
      ctx.server()
          .emitLater(emission.after(), () -> emission.event().apply(request), emission.classes());
    }
    if (reply.closeAfter()) {
      ctx.session().closeAfterPending();
    }
  }

  private static AmiMessage response(Reply reply, AmiMessage request) {
    AmiMessage.Builder b = Responses.start(reply.response(), request);
    if (reply.message() != null) {
      b.add("Message", reply.message());
    }
    reply.headers().forEach(b::add);
    return b.build();
  }

  private static List<AmiMessage> list(Reply reply, AmiMessage request, ActionCatalog catalog) {
    List<AmiMessage> block = new ArrayList<>(reply.items().size() + 2);
    AmiMessage.Builder ack = Responses.start(reply.response(), request);
    if (reply.eventListHeaders()) {
      ack.add("EventList", "start");
    }
    ack.add("Message", reply.message());
    reply.headers().forEach(ack::add);
    block.add(ack.build());
    reply.items().forEach(item -> block.add(Responses.listItem(item, request)));
    String completion =
        reply.completionEvent() != null
            ? reply.completionEvent()
            : canonicalName(ActionMatcher.nameOf(request), catalog) + "Complete";
    AmiMessage.Builder done = AmiMessage.builder().add("Event", completion);
    String id = Responses.actionId(request);
    if (id != null) {
      done.add("ActionID", id);
    }
    if (reply.eventListHeaders()) {
      done.add("EventList", "Complete").add("ListItems", Integer.toString(reply.items().size()));
    }
    for (Header h : reply.completionHeaders()) {
      done.add(h);
    }
    block.add(done.build());
    return block;
  }

  /** The action name as Asterisk spells it when it knows it, else as the client sent it. */
  private static String canonicalName(String sent, ActionCatalog catalog) {
    ActionCatalog.Entry entry = catalog.find(sent);
    return entry != null ? entry.name() : sent;
  }
}
