package org.amiframework.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scriptable CLI behind the {@code Command} action. Commands are matched word by word, ignoring
 * case and extra blanks, as Asterisk's {@code find_cli()} does: the exact command first, else the
 * longest defined command that starts the line (so {@code core show channels} also answers {@code
 * core show channels concise} unless that is defined too). An unknown command fails with the CLI's
 * own {@code No such command} text.
 */
public final class FakeCli {

  /** Computes the output of a command from the whole command line. */
  @FunctionalInterface
  public interface Handler {
    /** The result of running {@code commandLine}. */
    CliResult run(String commandLine);
  }

  /** Commands Asterisk refuses through AMI ({@code command_blacklist} in manager.c). */
  private static final List<List<String>> BLACKLIST =
      List.of(
          List.of("module", "load"), List.of("module", "unload"), List.of("restart", "gracefully"));

  /** Asterisk always has a one-word command ({@code !}), which shapes its "No such" hints. */
  private static final List<String> BANG = List.of("!");

  private final Map<List<String>, Handler> commands = new ConcurrentHashMap<>();

  FakeCli() {}

  /** Defines a command that succeeds with these output lines. */
  public FakeCli define(String command, String... outputLines) {
    CliResult result = CliResult.ok(outputLines);
    return define(command, line -> result);
  }

  /** Defines a command whose output a handler computes (it sees the whole line, arguments too). */
  public FakeCli define(String command, Handler handler) {
    List<String> words = words(command);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a CLI command needs at least one word");
    }
    commands.put(words, Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /** Forgets a command. */
  public FakeCli remove(String command) {
    commands.remove(words(command));
    return this;
  }

  /** Whether a command line is one AMI may not run ({@code Command blacklisted}). */
  public static boolean isBlacklisted(String commandLine) {
    List<String> words = lower(words(commandLine));
    return BLACKLIST.stream()
        .anyMatch(b -> words.size() >= b.size() && words.subList(0, b.size()).equals(b));
  }

  /** Runs a command line as the CLI would. */
  public CliResult execute(String commandLine) {
    List<String> words = words(commandLine);
    Handler handler = find(words);
    if (handler == null) {
      return CliResult.failure(
          "No such command '"
              + commandLine
              + "' (type 'core show help "
              + bestHint(words)
              + "' for other possible commands)");
    }
    return handler.run(commandLine);
  }

  private Handler find(List<String> words) {
    List<String> key = lower(words);
    Handler best = null;
    int bestLength = -1;
    for (Map.Entry<List<String>, Handler> e : commands.entrySet()) {
      List<String> defined = lower(e.getKey());
      if (defined.equals(key)) {
        return e.getValue();
      }
      if (key.size() > defined.size()
          && key.subList(0, defined.size()).equals(defined)
          && defined.size() > bestLength) {
        best = e.getValue();
        bestLength = defined.size();
      }
    }
    return best;
  }

  /**
   * {@code find_best()}: adds words while some command could still be meant ({@code find_cli} with
   * match type -1: a mismatch is forgiven only on the last word of both), the failing word
   * included.
   */
  private String bestHint(List<String> words) {
    List<String> prefix = new ArrayList<>();
    for (String word : words) {
      prefix.add(word.toLowerCase(Locale.ROOT));
      if (!couldMean(prefix)) {
        break;
      }
    }
    return String.join(" ", words.subList(0, prefix.size()));
  }

  private boolean couldMean(List<String> prefix) {
    List<List<String>> all = new ArrayList<>();
    commands.keySet().forEach(k -> all.add(lower(k)));
    all.add(BANG);
    for (List<String> entry : all) {
      int i = 0;
      while (i < prefix.size() && i < entry.size() && prefix.get(i).equals(entry.get(i))) {
        i++;
      }
      if (i == entry.size()) {
        if (i == prefix.size()) {
          return true;
        }
        continue;
      }
      if (i < prefix.size() && i == prefix.size() - 1 && i == entry.size() - 1) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String line) {
    String trimmed = line == null ? "" : line.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
