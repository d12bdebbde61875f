package org.amiframework.processor.internal.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;

/**
 * Resolves {@code <xi:include xpointer="xpointer(...)"/>} into the same document, as libxml2 does
 * for Asterisk: each include is replaced by copies of the nodes its path selects, and passes repeat
 * until none is left, because included content can itself hold includes.
 *
 * <p>Only includes inside {@code <manager>} and {@code <managerEvent>} definitions are resolved:
 * the rest of the file (applications, configuration) is not read, and skipping it keeps the work
 * proportional to what is generated.
 */
public final class IncludeResolver {

  /** The real files need two passes; more than this means an include includes itself. */
  static final int MAX_PASSES = 8;

  private static final Set<String> SCOPES = Set.of("manager", "managerEvent");

  private final String file;
  private final Diagnostics diagnostics;

  /**
   * Creates a resolver.
   *
   * @param file the file name for diagnostics
   * @param diagnostics where to report includes that cannot be resolved
   */
  public IncludeResolver(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * Resolves every include in scope, in place.
   *
   * @param root the document's root element
   * @return the number of includes replaced
   */
  public int resolve(XmlElement root) {
    int resolved = 0;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      List<XmlElement> includes = includesInScope(root);
      if (includes.isEmpty()) {
        return resolved;
      }
      for (XmlElement include : includes) {
        resolved += resolveOne(root, include);
      }
    }
    for (XmlElement include : includesInScope(root)) {
      report(
          DiagnosticId.INCLUDE_CYCLE,
          include,
          "still unresolved after " + MAX_PASSES + " passes (it includes itself); dropped");
      include.parent().replace(include, List.of());
    }
    return resolved;
  }

  private int resolveOne(XmlElement root, XmlElement include) {
    XmlElement parent = include.parent();
    if (parent == null) {
      return 0; // already removed with a subtree an earlier include replaced
    }
    String pointer = include.attribute("xpointer");
    Optional<XPointer> path = XPointer.parse(pointer);
    if (path.isEmpty() || include.attribute("href") != null) {
      report(
          DiagnosticId.UNSUPPORTED_INCLUDE,
          include,
          "cannot evaluate xpointer \""
              + pointer
              + "\" (only xpointer() paths into the same"
              + " document are supported); dropped");
      parent.replace(include, List.of());
      return 0;
    }
    List<XmlNode> targets = path.get().select(root);
    if (targets.isEmpty()) {
      report(
          DiagnosticId.EMPTY_INCLUDE,
          include,
          "xpointer \"" + pointer + "\" selects nothing; dropped");
    }
    List<XmlNode> copies = new ArrayList<>(targets.size());
    for (XmlNode target : targets) {
      copies.add(target instanceof XmlElement e ? e.copyIncluded() : target.copy());
    }
    parent.replace(include, copies);
    return 1;
  }

  private static List<XmlElement> includesInScope(XmlElement root) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement top : root.elements()) {
      if (SCOPES.contains(top.name())) {
        top.walk(
            e -> {
              if (e.isInclude()) {
                out.add(e);
              }
            });
      }
    }
    return out;
  }

  private void report(DiagnosticId id, XmlElement include, String message) {
    diagnostics.report(id, new SourceLocation(file, include.line(), "<xi:include>"), message);
  }
}
