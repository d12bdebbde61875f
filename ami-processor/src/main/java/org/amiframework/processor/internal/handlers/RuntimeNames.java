package org.amiframework.processor.internal.handlers;

import java.util.Set;

/**
 * The names of the runtime's and core's types a handler check reads: the processor depends on
 * neither module, so these names are the contract.
 */
public final class RuntimeNames {

  static final String ON_EVENT = "org.amiframework.runtime.OnEvent";
  static final String WHERE = "org.amiframework.runtime.Where";
  static final String WHERE_LIST = "org.amiframework.runtime.Where.List";
  static final String REQUIRES_PRIVILEGE = "org.amiframework.runtime.RequiresPrivilege";
  static final String SERVER = "org.amiframework.runtime.Server";
  static final String AMI_EVENT = "org.amiframework.core.api.AmiEvent";
  static final String AMI_CLIENT = "org.amiframework.core.client.AmiClient";
  static final String EVENT_METADATA = "org.amiframework.core.api.EventMetadata";

  /** The annotations that make a method a handler, or filter one: what the checks look at. */
  public static final Set<String> HANDLER_ANNOTATIONS =
      Set.of(ON_EVENT, WHERE, WHERE_LIST, REQUIRES_PRIVILEGE);

  private RuntimeNames() {}
}
