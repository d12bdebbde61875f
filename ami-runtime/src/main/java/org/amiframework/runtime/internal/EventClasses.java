package org.amiframework.runtime.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.amiframework.core.api.AmiEvent;
import org.amiframework.core.api.GenericEvent;
import org.amiframework.core.api.PrivilegeClass;

/**
 * The privilege classes of an event for {@code @RequiresPrivilege}. Typed events know theirs. For a
 * generic event they come from its {@code Privilege:} header, where Asterisk always appends {@code
 * all} ({@code call,all}): that item is a rendering artefact, not a class, and is dropped here
 * because {@link PrivilegeClass#parseList} (contrary to its Javadoc) expands it to every class.
 */
final class EventClasses {

  private static final Pattern ALL_ITEM = Pattern.compile("(?i)(^|,)\\s*all\\s*(?=,|$)");

  private EventClasses() {}

  static Set<PrivilegeClass> of(AmiEvent event) {
    if (!(event instanceof GenericEvent)) {
      return event.privilegeClasses();
    }
    String header = event.header("Privilege");
    return PrivilegeClass.parseList(
        header == null ? null : ALL_ITEM.matcher(header).replaceAll(""));
  }
}
