/**
 * Command-line tools of the processor. {@link org.amiframework.processor.tools.FactsExtractor}
 * makes the facts file that ami-core's stock bindings are generated from.
 */
package org.amiframework.processor.tools;
