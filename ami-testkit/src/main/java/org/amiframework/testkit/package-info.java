/** The ami-testkit module; see the README. */
package org.amiframework.testkit;
