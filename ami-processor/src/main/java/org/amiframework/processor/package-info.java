/** The ami-processor module; see the README. */
package org.amiframework.processor;
