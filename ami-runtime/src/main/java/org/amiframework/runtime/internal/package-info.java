/**
 * Implementation of the runtime; not API. {@link org.amiframework.runtime.internal.AmiExtension}
 * finds and checks handlers at deployment, {@link
 * org.amiframework.runtime.internal.DefaultAmiRuntime} runs them: a dispatch table per event name,
 * lanes per call, clients per server.
 */
package org.amiframework.runtime.internal;
