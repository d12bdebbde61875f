package org.amiframework.processor.internal.handlers;

/**
 * The names of the runtime's and core's types a handler check reads: the processor depends on
 * neither module, so these names are the contract.
 */
final class RuntimeNames {

  static final String ON_EVENT = "org.amiframework.runtime.OnEvent";
  static final String WHERE = "org.amiframework.runtime.Where";
  static final String WHERE_LIST = "org.amiframework.runtime.Where.List";
  static final String REQUIRES_PRIVILEGE = "org.amiframework.runtime.RequiresPrivilege";
  static final String SERVER = "org.amiframework.runtime.Server";
  static final String AMI_EVENT = "org.amiframework.core.api.AmiEvent";
  static final String AMI_CLIENT = "org.amiframework.core.client.AmiClient";
  static final String EVENT_METADATA = "org.amiframework.core.api.EventMetadata";

  private RuntimeNames() {}
}
