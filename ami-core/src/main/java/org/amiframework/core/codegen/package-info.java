/**
 * Code generation from Asterisk's documentation: {@link
 * org.amiframework.core.codegen.GenerateBindings} asks ami-processor for typed bindings.
 */
package org.amiframework.core.codegen;
