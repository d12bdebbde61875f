package org.amiframework.processor.internal;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.amiframework.processor.internal.definitions.Definitions;
import org.amiframework.processor.internal.definitions.DefinitionsLoader;
import org.amiframework.processor.internal.diag.Diagnostic;
import org.amiframework.processor.internal.diag.DiagnosticId;
import org.amiframework.processor.internal.diag.Diagnostics;
import org.amiframework.processor.internal.diag.SourceLocation;
import org.amiframework.processor.internal.facts.AsteriskVersions;
import org.amiframework.processor.internal.naming.DefaultNamingStrategy;
import org.amiframework.processor.internal.naming.NamingStrategy;
import org.amiframework.processor.internal.overlay.Overlay;
import org.amiframework.processor.internal.overlay.OverlayParser;
import org.amiframework.processor.internal.overlay.StockOverlay;
import org.amiframework.processor.internal.plan.BindingsPlan;
import org.amiframework.processor.internal.plan.BindingsPlanner;
import org.amiframework.processor.internal.validate.DefinitionsValidator;
import org.amiframework.processor.internal.write.BindingsSourceWriter;

/**
 * The pipeline, step by step: overlay, read, validate, plan (names and types), write. Each step is
 * a small class of its own; this one only chains them and stops after an error.
 */
public final class BindingsGenerator {

  private final NamingStrategy naming;

  /** A generator with the default naming strategy. */
  public BindingsGenerator() {
    this(new DefaultNamingStrategy());
  }

  /** A generator with another naming strategy. */
  public BindingsGenerator(NamingStrategy naming) {
    this.naming = naming;
  }

  /**
   * The outcome of one run.
   *
   * @param plan what was decided, or null after an error
   * @param files the generated sources (empty after an error)
   * @param diagnostics every finding, in order
   */
  public record Result(BindingsPlan plan, List<JavaFile> files, List<Diagnostic> diagnostics) {}

  /** Runs the pipeline. */
  public Result generate(GenerationRequest request) {
    Diagnostics diagnostics = new Diagnostics();
    Overlay overlay = StockOverlay.load(diagnostics);
    for (GenerationRequest.Input input : request.overlays()) {
      Optional<String> text = read(input, diagnostics);
      if (text.isPresent()) {
        overlay = overlay.overriddenBy(OverlayParser.parse(text.get(), input.name(), diagnostics));
      }
    }
    Optional<Definitions> read =
        DefinitionsLoader.load(request.definitions(), request.definitionsName(), diagnostics);
    if (read.isEmpty() || diagnostics.hasErrors()) {
      return new Result(null, List.of(), diagnostics.all());
    }
    Definitions definitions = new DefinitionsValidator(diagnostics).validate(read.get());
    BindingsPlan plan =
        new BindingsPlanner(overlay, naming, diagnostics)
            .plan(definitions, request.packageName(), request.bindingsBaseName(), version(request));
    List<JavaFile> files = new BindingsSourceWriter(request.generatedAnnotation()).write(plan);
    return new Result(plan, files, diagnostics.all());
  }

  private static Optional<String> read(GenerationRequest.Input input, Diagnostics diagnostics) {
    try {
      return Optional.of(Files.readString(input.path(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      diagnostics.report(
          DiagnosticId.FILE_NOT_READABLE,
          SourceLocation.ofFile(input.name()),
          "cannot read the overlay file " + input.path().toAbsolutePath() + ": " + e);
      return Optional.empty();
    }
  }

  /** The version the annotation gives, else one in the file name, else "unknown". */
  static String version(GenerationRequest request) {
    if (!request.asteriskVersion().isBlank()) {
      return request.asteriskVersion().trim();
    }
    return AsteriskVersions.inFileName(request.definitions()).orElse("unknown");
  }
}
