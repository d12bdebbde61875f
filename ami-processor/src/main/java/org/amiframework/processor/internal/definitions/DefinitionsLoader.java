package org.amiframework.processor.internal.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;
import org.amiframework.processor.internal.xml.IncludeResolver;
import org.amiframework.processor.internal.xml.XmlElement;
import org.amiframework.processor.internal.xml.XmlSyntaxException;
import org.amiframework.processor.internal.xml.XmlTreeReader;

/** The reading step: file, to tree with lines, includes resolved, to {@link Definitions}. */
public final class DefinitionsLoader {

  private DefinitionsLoader() {}

  /**
   * Loads a definitions file.
   *
   * @param path where it is
   * @param file how to name it in diagnostics (as the user wrote it)
   * @param diagnostics where errors and oddities go
   * @return the definitions, or empty after an error was reported
   */
  public static Optional<Definitions> load(Path path, String file, Diagnostics diagnostics) {
    XmlElement root;
    try (InputStream in = Files.newInputStream(path)) {
      root = XmlTreeReader.read(in, file);
    } catch (XmlSyntaxException e) {
      diagnostics.report(
          DiagnosticId.XML_NOT_WELL_FORMED,
          new SourceLocation(file, e.line(), ""),
          "not well-formed XML: " + e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticId.FILE_NOT_READABLE,
          SourceLocation.ofFile(file),
          "cannot read the definitions file " + path.toAbsolutePath() + ": " + e);
      return Optional.empty();
    }
    new IncludeResolver(file, diagnostics).resolve(root);
    return Optional.of(DefinitionsReader.read(root, file, diagnostics));
  }
}
