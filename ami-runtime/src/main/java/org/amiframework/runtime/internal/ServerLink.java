package org.amiframework.runtime.internal;

import org.amiframework.core.client.AmiClient;

/**
 * A configured server as the dispatcher sees it.
 *
 * @param index its position in the configuration, used to index per-server tables
 * @param name its configured name
 * @param client its client
 */
record ServerLink(int index, String name, AmiClient client) {}
