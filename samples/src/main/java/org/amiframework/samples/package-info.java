/** The samples module; see the README. */
package org.amiframework.samples;
