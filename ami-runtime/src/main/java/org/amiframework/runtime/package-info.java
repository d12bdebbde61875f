/** The ami-runtime module; see the README. */
package org.amiframework.runtime;
