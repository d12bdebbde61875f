package org.amiframework.processor.internal.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amiframework.processor.internal.definitions.PrivilegeClasses;
import org.amiframework.processor.internal.definitions.ValueType;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * Reads the overlay format: a text file of {@code Name: value} lines under section headers, with
 * {@code #} comments.
 *
 * <pre>
 * [write-classes]
 * Originate: originate          # the classes of which a user needs one; "none" for none
 * [result-shapes]
 * Status: list Status -> StatusComplete
 * QueueStatus: list QueueParams, QueueMember, QueueEntry -> QueueStatusComplete
 * Command: command              # or "single" to undo a list entry
 * [types]
 * Cause: int                    # int, long, boolean, decimal, duration-seconds, enum, string
 * Hangup.Cause: int             # scoped to one action or event
 * Originate.Variable: variables # an action's repeated "Variable: name=value" pairs
 * </pre>
 *
 * A line that does not fit is reported with its file and line and skipped.
 */
public final class OverlayParser {

  private final String file;
  private final Diagnostics diagnostics;
  private final Map<String, List<String>> writeClasses = new HashMap<>();
  private final Map<String, ResultShapeEntry> resultShapes = new HashMap<>();
  private final Map<String, ValueType> types = new HashMap<>();
  private final Map<String, Boolean> variables = new HashMap<>();

  private OverlayParser(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * Parses one overlay file.
   *
   * @param text its content
   * @param file its name for diagnostics
   * @param diagnostics where malformed lines are reported
   */
  public static Overlay parse(String text, String file, Diagnostics diagnostics) {
    OverlayParser p = new OverlayParser(file, diagnostics);
    p.parseAll(text);
    return new Overlay(p.writeClasses, p.resultShapes, p.types, p.variables);
  }

  private void parseAll(String text) {
    String section = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = stripComment(lines[i]).trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).trim();
        if (!List.of("write-classes", "result-shapes", "types").contains(section)) {
          bad(
              lineNo,
              line,
              "unknown section; expected [write-classes], [result-shapes] or [types]");
          section = null;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (section == null || colon <= 0) {
        bad(
            lineNo,
            line,
            section == null ? "entry outside a known section" : "expected Name: value");
        continue;
      }
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      switch (section) {
        case "write-classes" -> writeClass(lineNo, name, value);
        case "result-shapes" -> resultShape(lineNo, name, value);
        default -> type(lineNo, name, value);
      }
    }
  }

  private void writeClass(int lineNo, String action, String value) {
    List<String> classes = new ArrayList<>();
    if (!value.equalsIgnoreCase("none")) {
      for (String item : value.split(",")) {
        String cls = PrivilegeClasses.fromName(item);
        if (cls == null) {
          bad(lineNo, item.trim(), "no privilege class of that name; ignored");
        } else if (!classes.contains(cls)) {
          classes.add(cls);
        }
      }
    }
    writeClasses.put(Overlay.key(action), PrivilegeClasses.inTableOrder(classes));
  }

  private void resultShape(int lineNo, String action, String value) {
    if (value.equalsIgnoreCase("single")) {
      resultShapes.put(
          Overlay.key(action), new ResultShapeEntry(ResultShapeEntry.Kind.SINGLE, List.of(), null));
      return;
    }
    if (value.equalsIgnoreCase("command")) {
      resultShapes.put(
          Overlay.key(action),
          new ResultShapeEntry(ResultShapeEntry.Kind.COMMAND, List.of(), null));
      return;
    }
    int arrow = value.indexOf("->");
    if (!value.startsWith("list") || arrow < 0) {
      bad(lineNo, value, "expected single, command, or list [Item, ...] -> CompletionEvent");
      return;
    }
    String completion = value.substring(arrow + 2).trim();
    List<String> items = new ArrayList<>();
    for (String item : value.substring("list".length(), arrow).split("[,\\s]+")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    resultShapes.put(
        Overlay.key(action),
        new ResultShapeEntry(
            ResultShapeEntry.Kind.LIST, items, completion.isEmpty() ? null : completion));
  }

  private void type(int lineNo, String header, String value) {
    if (value.equalsIgnoreCase("variables")) {
      variables.put(Overlay.key(header), true);
      return;
    }
    ValueType type = ValueType.fromOverlayName(value);
    if (type == null) {
      bad(
          lineNo,
          value,
          "no such type; expected int, long, boolean, decimal, duration-seconds,"
              + " enum, string or variables");
      return;
    }
    types.put(Overlay.key(header), type);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private void bad(int lineNo, String text, String why) {
    diagnostics.report(
        DiagnosticId.BAD_OVERLAY_LINE, new SourceLocation(file, lineNo, "\"" + text + "\""), why);
  }
}
