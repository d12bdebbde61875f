package org.amiframework.core.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed AMI bindings from an Asterisk documentation file into the annotated package. Put
 * it on a {@code package-info.java}; ami-processor must be on the annotation processor path (a
 * {@code provided} dependency is enough):
 *
 * <pre>{@code
 * @GenerateBindings(definitions = "src/main/ami/core-en_US.xml")
 * package com.example.pbx;
 *
 * import org.amiframework.core.codegen.GenerateBindings;
 * }</pre>
 *
 * <p>With that, the package receives:
 *
 * <ul>
 *   <li>{@code com.example.pbx.event}: one class per documented event ({@code Hangup}, ...), typed
 *       accessors over the received message, and a builder for tests;
 *   <li>{@code com.example.pbx.action}: one class per documented action ({@code Originate}, ...),
 *       with a builder that enforces required parameters;
 *   <li>{@code com.example.pbx.enums}: the documented value lists as open enums;
 *   <li>{@code com.example.pbx.PbxBindings}: the catalog of all of them, an {@link
 *       org.amiframework.core.api.Bindings} to hand to the client.
 * </ul>
 *
 * <p><b>The definitions file</b> is Asterisk's {@code core-en_US.xml}, exactly as a server installs
 * it in {@code /var/lib/asterisk/documentation/}: copy it from your server to get bindings for
 * exactly the actions and events it has, your own modules included.
 *
 * <p><b>Paths</b> ({@link #definitions()}, {@link #overlays()}) are absolute, or relative to the
 * module's base directory. That directory is the processor option {@code ami.basedir} when set
 * (with Maven: {@code <compilerArgs><arg>-Aami.basedir=${project.basedir}</arg></compilerArgs>});
 * otherwise the processor walks up from this {@code package-info.java} to the first directory where
 * the path exists, then tries the working directory.
 *
 * <p><b>Diagnostics.</b> A missing or malformed file is a compile error at this annotation. The
 * oddities of real documentation files (unknown privilege classes, prose in value lists, pattern
 * names like {@code ReportX...}, duplicate definitions, names that are no Java identifier) are
 * warnings naming the file, line and element, each with a stable id such as {@code AMI-W003}; the
 * bindings are generated regardless. List ids in {@link #suppress()} to silence them.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateBindings {

  /** The definitions file ({@code core-en_US.xml}): absolute, or relative to the module. */
  String definitions();

  /**
   * Overlay files that add what the XML does not say, over the processor's own tables; a later file
   * wins over an earlier one. Each is text with {@code Name: value} lines under sections:
   *
   * <pre>
   * [write-classes]          # the classes of which a user needs one to run an action
   * WidgetReset: system,config
   * [result-shapes]          # actions answered by an event list, or by Command output
   * WidgetList: list WidgetEntry -&gt; WidgetListComplete
   * [types]                  # int, long, boolean, decimal, duration-seconds, enum, string
   * Size: int
   * WidgetEntry.Colour: string
   * </pre>
   */
  String[] overlays() default {};

  /**
   * The base of the catalog's name: {@code "Pbx"} gives {@code PbxBindings}. Empty: the last
   * segment of the package.
   */
  String name() default "";

  /**
   * The Asterisk version the file documents, for generated headers and {@code Bindings.source()}.
   * Empty: a version in the file name ({@code core-en_US-22.10.1.xml}), else "unknown".
   */
  String asteriskVersion() default "";

  /** Warning ids not to report ({@code "AMI-W004"}); errors cannot be suppressed. */
  String[] suppress() default {};
}
