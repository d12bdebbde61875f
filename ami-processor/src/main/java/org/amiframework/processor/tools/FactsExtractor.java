package org.amiframework.processor.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.amiframework.processor.internal.definitions.Definitions;
import org.amiframework.processor.internal.definitions.DefinitionsLoader;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.facts.AsteriskVersions;
import org.amiframework.processor.internal.facts.Facts;
import org.amiframework.processor.internal.facts.FactsMerger;
import org.amiframework.processor.internal.facts.FactsXmlWriter;
import org.amiframework.processor.internal.validate.DefinitionsValidator;

/**
 * Makes the facts file of ami-core's stock bindings from Asterisk documentation files: reads each
 * with the processor's own reader (includes resolved, snapshots expanded, prose enums dropped),
 * merges them by name, and writes what the bindings need and nothing else. The version of each file
 * is the one in its name ({@code core-en_US-22.10.1.xml}), or given as {@code VERSION=FILE}.
 *
 * <pre>
 * java -cp ami-processor/target/classes org.amiframework.processor.tools.FactsExtractor \
 *     ami-core/src/main/definitions/asterisk-facts.xml \
 *     core-en_US-20.20.1.xml core-en_US-22.10.1.xml
 * </pre>
 */
public final class FactsExtractor {

  /** How to run it, printed on a usage error. */
  static final String USAGE =
      "usage: FactsExtractor OUTPUT.xml [VERSION=]core-en_US-VERSION.xml..."
          + " (the version is taken from the file name unless given)";

  private FactsExtractor() {}

  /** Runs the tool; exits with 1 after an error, 2 after a usage error. */
  public static void main(String[] args) {
    int status = run(args, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool with messages to {@code log}.
   *
   * @return 0 on success, 1 after an input or output error, 2 after a usage error
   */
  public static int run(String[] args, PrintStream log) {
    if (args.length < 2) {
      log.println(USAGE);
      return 2;
    }
    List<FactsMerger.Source> sources = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      Optional<FactsMerger.Source> source = read(args[i], log);
      if (source.isEmpty()) {
        return 1;
      }
      sources.add(source.get());
    }
    Path out = Path.of(args[0]);
    try {
      Files.writeString(out, toXml(FactsMerger.merge(sources)), StandardCharsets.UTF_8);
    } catch (IOException | XMLStreamException e) {
      log.println("cannot write " + out.toAbsolutePath() + ": " + e);
      return 1;
    }
    log.println("wrote " + out + " from " + sources.size() + " files");
    return 0;
  }

  /**
   * Reads one documentation file, {@code FILE} or {@code VERSION=FILE}, reporting its oddities by
   * count and any error in full.
   */
  static Optional<FactsMerger.Source> read(String argument, PrintStream log) {
    int eq = argument.indexOf('=');
    Path file = Path.of(eq < 0 ? argument : argument.substring(eq + 1));
    Optional<String> version =
        eq < 0 ? AsteriskVersions.inFileName(file) : Optional.of(argument.substring(0, eq));
    if (version.isEmpty()) {
      log.println(file + ": no version in the file name; give it as VERSION=" + file);
      return Optional.empty();
    }
    String name = String.valueOf(file.getFileName());
    Diagnostics diagnostics = new Diagnostics();
    Optional<Definitions> read = DefinitionsLoader.load(file, name, diagnostics);
    if (read.isEmpty() || diagnostics.hasErrors()) {
      diagnostics.all().stream().filter(Diagnostic::isError).forEach(d -> log.println(d));
      return Optional.empty();
    }
    Definitions definitions = new DefinitionsValidator(diagnostics).validate(read.get());
    Map<String, Integer> counts = new TreeMap<>();
    diagnostics.all().forEach(d -> counts.merge(d.id().code(), 1, Integer::sum));
    log.println(
        name
            + " (Asterisk "
            + version.get()
            + "): "
            + definitions.actions().size()
            + " actions, "
            + definitions.events().size()
            + " events; the documentation's oddities, absorbed: "
            + counts);
    return Optional.of(new FactsMerger.Source(version.get(), name, definitions));
  }

  /** The facts file's text. */
  public static String toXml(Facts facts) throws XMLStreamException {
    StringBuilder header =
        new StringBuilder(
            "Facts of Asterisk's AMI documentation for the stock bindings of ami-core, from\n");
    for (int i = 0; i < facts.sources().size(); i++) {
      header.append("  ").append(facts.sources().get(i));
      header.append(" (Asterisk ").append(facts.versions().get(i)).append(")\n");
    }
    header
        .append("Every action and event of any of them, merged by name: parameters, required")
        .append(" flags, defaults,\nenum values, privilege classes, modules and since; no")
        .append(" documentation prose. A versions\nattribute says which Asterisk versions")
        .append(" document an action, event or parameter.\n\n")
        .append("Generated by org.amiframework.processor.tools.FactsExtractor: do not edit.")
        .append(" Regenerate it as\nami-processor/BINDINGS.md says (\"The stock bindings\").");
    StringWriter out = new StringWriter();
    FactsXmlWriter.write(facts, header.toString(), out);
    return out.toString();
  }
}
