package org.amiframework.samples.callmonitor.demo;

/**
 * The calls the demo PBX plays, in turn: answered and missed inbound calls, a busy phone and
 * voicemail, queue calls answered and abandoned, a blind transfer, and internal calls the
 * missed-call rule ignores.
 *
 * <p>Each call is written by hand from the events a real Asterisk 22 raised in recorded calls. This
 * class is the only place that knows the calls, so the testkit's call scenarios can replace it
 * without touching the rest of the demo.
 */
final class DemoCalls {

  /** How many different calls the rotation holds. */
  static final int KINDS = 8;

  private final Switchboard board = new Switchboard();
  private int turn;

  /** A call already talking when the monitor starts; it ends after {@code seconds}. */
  CallScript inProgress(double seconds) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound("5550142", "Carol White", "100");
    DemoChannel phone = call.dial(caller, "100", "Reception");
    call.answer(caller, phone).pause(seconds).hangup(phone, 16).hangup(caller, 16);
    return call.script();
  }

  /** The next call of the rotation; the callers' numbers change from one round to the next. */
  CallScript next() {
    int round = turn / KINDS;
    int kind = turn++ % KINDS;
    return switch (kind) {
      case 0 -> answered(caller(1234, round), "Alice Smith", "100");
      case 1 -> callerGivesUp(caller(9876, round), "101");
      case 2 -> queueAnswered(caller(300, round), "Bob Jones", "1001", "Agent Dana");
      case 3 -> internal("101", "Sales", "102", true);
      case 4 -> busyToVoicemail(caller(4444, round), "102");
      case 5 -> queueAbandoned(caller(7777, round));
      case 6 -> transferred(caller(2222, round), "100", "200");
      default -> internal("103", "Warehouse", "104", false);
    };
  }

  private static String caller(int base, int round) {
    return String.format("555%04d", (base + 137 * round) % 10_000);
  }

  private CallScript answered(String number, String name, String extension) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, name, extension);
    DemoChannel phone = call.dial(caller, extension, "Reception");
    call.pause(3).answer(caller, phone).pause(9).hangup(caller, 16).hangup(phone, 16);
    return call.script();
  }

  /** Rings until the caller hangs up: Dial ends with CANCEL. */
  private CallScript callerGivesUp(String number, String extension) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", extension);
    DemoChannel phone = call.dial(caller, extension, "Support");
    call.pause(6).dialFails(caller, phone, "CANCEL", 16).hangup(caller, 16);
    return call.script();
  }

  /** The phone is busy; the dialplan sends the caller to voicemail, where it hangs up. */
  private CallScript busyToVoicemail(String number, String extension) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", extension);
    DemoChannel phone = call.dial(caller, extension, "Accounts");
    call.pause(1).dialFails(caller, phone, "BUSY", 17);
    call.divert(caller, "voicemail", extension, "VoiceMail").pause(4).hangup(caller, 16);
    return call.script();
  }

  private CallScript queueAnswered(String number, String name, String agent, String agentName) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, name, "600");
    call.answeredByPbx(caller).joinQueue(caller, "support").pause(4);
    DemoChannel phone = call.callAgent(caller, "support", agent, agentName);
    call.pause(2).agentAnswers(caller, phone, "support", 6).pause(8);
    call.hangup(phone, 16).hangup(caller, 16);
    return call.script();
  }

  private CallScript queueAbandoned(String number) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", "600");
    call.answeredByPbx(caller).joinQueue(caller, "support").pause(4);
    DemoChannel phone = call.callAgent(caller, "support", "1002", "Agent Eli");
    call.pause(4).dialFails(caller, phone, "CANCEL", 16).abandonQueue(caller, "support", 8);
    call.hangup(caller, 16);
    return call.script();
  }

  /** Answered at 100, which sends the caller on to 200 (#-transfer); 200 answers. */
  private CallScript transferred(String number, String first, String second) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.inbound(number, "<unknown>", first);
    DemoChannel phone = call.dial(caller, first, "Reception");
    call.pause(2).answer(caller, phone).pause(4).blindTransfer(phone, caller, second);
    DemoChannel next = call.dial(caller, second, "Sales");
    call.pause(2).answer(caller, next).pause(5).hangup(next, 16).hangup(caller, 16);
    return call.script();
  }

  private CallScript internal(String from, String name, String to, boolean answered) {
    CallFlow call = board.newCall();
    DemoChannel caller = call.internal(from, name, to);
    DemoChannel phone = call.dial(caller, to, "Phone " + to);
    if (answered) {
      call.pause(2).answer(caller, phone).pause(5).hangup(phone, 16).hangup(caller, 16);
    } else {
      call.pause(8).dialFails(caller, phone, "NOANSWER", 19).hangup(caller, 16);
    }
    return call.script();
  }
}
