package org.amiframework.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amiframework.core.message.AmiMessage;
import org.amiframework.testkit.UnscriptedActionPolicy;
import org.amiframework.testkit.stub.ActionMatcher;
import org.amiframework.testkit.stub.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol engine: answers each message as {@code process_message()} does, in its order of
 * checks (parse limits, missing action, login required, unknown action, write permission), then
 * runs the newest matching stub or the fake's own behaviour for the action.
 */
public final class ActionDispatcher implements SessionProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(ActionDispatcher.class);

  /** What {@code get_input()} holds: a line and its CRLF must fit in 1024 bytes. */
  private static final int MAX_LINE = 1022;

  /** {@code AST_MAX_MANHEADERS}. */
  private static final int MAX_HEADERS = 128;

  private static final Set<String> ALLOWED_BEFORE_LOGIN = Set.of("login", "logoff", "challenge");

  private final AmiServer server;
  private final Map<String, ActionHandler> handlers = new HashMap<>();

  public ActionDispatcher(AmiServer server) {
    this.server = server;
    LoginActions.registerInto(handlers);
    SessionActions.registerInto(handlers);
    CommandAction.registerInto(handlers);
    ChannelActions.registerInto(handlers);
    CallActions.registerInto(handlers);
    InfoActions.registerInto(handlers);
  }

  @Override
  public String greeting() {
    return "Asterisk Call Manager/" + server.settings().amiVersion();
  }

  @Override
  public void onOversizedInput(AmiSession session, String detail) {
    LOG.debug("{}: {}", session, detail);
    session.write(
        AmiMessage.of("Response", "Error", "Message", "Failed to parse message: line too long"));
  }

  @Override
  public void onMessage(AmiSession session, AmiMessage message) {
    answer(session, message);
  }

  /** Answers one action of a session of any transport, on the calling thread. */
  public void answer(ManagerSession session, AmiMessage message) {
    Runnable answered = server.answering();
    try {
      dispatch(new ActionContext(session, message, server));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      session.drop();
    } catch (RuntimeException e) {
      // A broken stub or handler must not take the session down silently: say what happened.
      LOG.error("{}: failed to answer {}", session, ActionMatcher.nameOf(message), e);
      session.write(Responses.error(message, "FakeAsterisk failed to answer: " + e));
    } finally {
      answered.run();
    }
  }

  private void dispatch(ActionContext ctx) throws InterruptedException {
    AmiMessage request = ctx.request();
    String limitError = server.settings().emulateInputLimits() ? limitError(request) : null;
    if (limitError != null) {
      ctx.error(limitError);
      return;
    }
    String action = ActionMatcher.nameOf(request);
    if (action == null) {
      ctx.error("Missing action in request");
      return;
    }
    String key = action.toLowerCase(Locale.ROOT);
    if (!ctx.session().isAuthenticated() && !ALLOWED_BEFORE_LOGIN.contains(key)) {
      ctx.error("Permission denied");
      return;
    }
    ActionCatalog.Entry entry = server.catalog().find(action);
    if (entry == null) {
      ctx.error(
          "Invalid/unknown command: "
              + action
              + ". Use Action: ListCommands to show available commands.");
      return;
    }
    if (!ActionCatalog.allowed(entry, ctx.session().state().writePermission())) {
      ctx.error("Permission denied");
      return;
    }
    Duration delay = server.faults().responseDelay();
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis());
    }
    if (key.equals("ping") && server.faults().ignoringPing()) {
      return;
    }
    run(ctx, key, entry);
  }

  private void run(ActionContext ctx, String key, ActionCatalog.Entry entry)
      throws InterruptedException {
    StubRegistry.RegisteredStub stub =
        ALLOWED_BEFORE_LOGIN.contains(key) ? null : server.stubs().match(ctx.request());
    if (stub != null) {
      Reply reply = stub.definition().answer().apply(ctx.request());
      if (reply == null) {
        throw new IllegalStateException(stub + " answered null; use Stubs.noResponse()");
      }
      ReplyWriter.write(reply, ctx);
      return;
    }
    ActionHandler handler = handlers.get(key);
    if (handler != null) {
      handler.handle(ctx);
      return;
    }
    String text = "FakeAsterisk has no behaviour scripted for " + entry.name();
    LOG.debug("{}: {}", ctx.session(), text);
    if (server.settings().unscripted() == UnscriptedActionPolicy.FAIL) {
      ctx.error(text);
    } else {
      ctx.success(text);
    }
  }

  /** The parse errors of Asterisk 1.8.9+/1.8.18+, which refuse the action before it runs. */
  private static String limitError(AmiMessage request) {
    if (request.size() > MAX_HEADERS) {
      return "Too many lines in message or allocation failure";
    }
    for (int i = 0; i < request.size(); i++) {
      int length = request.name(i).isEmpty() ? 0 : request.name(i).length() + 2;
      length += request.value(i).getBytes(StandardCharsets.UTF_8).length;
      if (length > MAX_LINE) {
        return "Failed to parse message: line too long";
      }
    }
    return null;
  }
}
