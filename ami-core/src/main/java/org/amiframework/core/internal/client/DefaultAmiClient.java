package org.amiframework.core.internal.client;

import org.amiframework.core.client.AmiClient;
import org.amiframework.core.client.AmiClientConfig;

/** The client implementation; not public API. */
public final class DefaultAmiClient {

  private DefaultAmiClient() {}

  /** Creates the client. */
  public static AmiClient create(AmiClientConfig config) {
    throw new UnsupportedOperationException("client not implemented yet");
  }
}
