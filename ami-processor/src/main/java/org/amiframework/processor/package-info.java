/**
 * ami-processor: generates typed AMI bindings from Asterisk's documentation XML.
 *
 * <p>{@link org.amiframework.processor.BindingsProcessor} is the javac entry point for packages
 * annotated {@code @org.amiframework.core.codegen.GenerateBindings}. The work is a pipeline of
 * small steps in {@code internal} packages, each testable without javac:
 *
 * <ol>
 *   <li>{@code internal.xml}: the file to a light tree that keeps each element's line, {@code
 *       xi:include xpointer()} resolved into the same document;
 *   <li>{@code internal.definitions}: actions and events read, snapshot groups expanded, duplicates
 *       merged, into an immutable model;
 *   <li>{@code internal.overlay}: what the XML does not say (write classes, event lists, types),
 *       from the processor's tables and the user's;
 *   <li>{@code internal.validate}: the data's oddities reported and absorbed;
 *   <li>{@code internal.naming} and {@code internal.plan}: every Java name and type decided;
 *   <li>{@code internal.write}: JavaPoet sources.
 * </ol>
 *
 * <p>Findings are values ({@code internal.diag}) with stable ids; the shell reports them at the
 * annotation.
 *
 * <p>{@link org.amiframework.processor.HandlerCheckProcessor} checks user code: {@code @OnEvent}
 * handler methods, by the runtime's deployment rules ({@code internal.handlers}). {@link
 * org.amiframework.processor.tools.FactsExtractor} makes the facts file of ami-core's stock
 * bindings ({@code internal.facts}). BINDINGS.md in this module tells users how to use all of it.
 */
package org.amiframework.processor;
