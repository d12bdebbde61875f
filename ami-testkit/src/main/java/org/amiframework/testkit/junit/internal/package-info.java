/** Implementation of the JUnit extension; not public API. */
package org.amiframework.testkit.junit.internal;
