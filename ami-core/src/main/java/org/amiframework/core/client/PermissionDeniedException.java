package org.amiframework.core.client;

import java.util.Set;
import org.amiframework.core.api.AmiResponse;
import org.amiframework.core.api.PrivilegeClass;

/**
 * The user may not run the action: refused locally before sending (its write classes are known and
 * the user holds none of them), or answered {@code Permission denied} by Asterisk.
 */
public class PermissionDeniedException extends AmiActionException {
  private static final long serialVersionUID = 1L;

  /** For Asterisk's {@code Permission denied} answer. */
  public PermissionDeniedException(String action, AmiResponse response) {
    super(action, response);
  }

  /** For a local refusal. */
  public PermissionDeniedException(
      String action, Set<PrivilegeClass> needed, Set<PrivilegeClass> held) {
    super(
        "Permission denied for "
            + action
            + ": it needs one of the write classes "
            + PrivilegeClass.toList(needed)
            + " but the user has "
            + (held.isEmpty() ? "none" : PrivilegeClass.toList(held))
            + " (refused locally, not sent)");
  }
}
