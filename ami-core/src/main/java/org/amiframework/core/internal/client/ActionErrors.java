package org.amiframework.core.internal.client;

import java.util.Locale;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.client.AmiActionException;
import org.amiframework.core.client.PermissionDeniedException;

/** Turns {@code Response: Error} into the exception the client API promises. */
final class ActionErrors {

  private static final String PERMISSION_DENIED = "permission denied";

  private ActionErrors() {}

  /** The response itself when it is not an error; otherwise throws {@link #failure}. */
  static AmiResponse requireSuccess(String action, AmiResponse response) {
    if (response.isError()) {
      throw failure(action, response);
    }
    return response;
  }

  /**
   * The exception for an error response: {@link PermissionDeniedException} for Asterisk's {@code
   * Permission denied} (the user lacks a write class, or is not logged in), else {@link
   * AmiActionException}; both keep the response.
   */
  static AmiActionException failure(String action, AmiResponse response) {
    String text = response.text();
    if (text != null && text.trim().toLowerCase(Locale.ROOT).equals(PERMISSION_DENIED)) {
      return new PermissionDeniedException(action, response);
    }
    return new AmiActionException(action, response);
  }
}
