package org.amiframework.core.client;

import org.amiframework.core.api.AmiResponse;

/** Asterisk answered an action with {@code Response: Error}; the response is kept. */
public class AmiActionException extends AmiException {
  private static final long serialVersionUID = 1L;

  private final transient AmiResponse response;

  /** For an error response to the named action. */
  public AmiActionException(String action, AmiResponse response) {
    super(action + " failed: " + (response == null ? "no response" : response.text()));
    this.response = response;
  }

  /** For a failure decided locally, without a response. */
  protected AmiActionException(String message) {
    super(message);
    this.response = null;
  }

  /** The error response, or null when the failure was decided locally. */
  public AmiResponse response() {
    return response;
  }
}
