package org.amiframework.processor.internal.write;

import com.palantir.javapoet.ClassName;

/**
 * The ami-core types generated code refers to, by name: the processor must not depend on ami-core
 * (ami-core runs it), so these names are the contract between them.
 */
public final class CoreTypes {

  private static final String API = "org.amiframework.core.api";
  private static final String MESSAGE = "org.amiframework.core.message";

  /** {@code AmiEvent}. */
  public static final ClassName AMI_EVENT = ClassName.get(API, "AmiEvent");

  /** {@code AbstractAmiEvent}, base of generated events. */
  public static final ClassName ABSTRACT_AMI_EVENT = ClassName.get(API, "AbstractAmiEvent");

  /** {@code AmiAction<R>}. */
  public static final ClassName AMI_ACTION = ClassName.get(API, "AmiAction");

  /** {@code AmiResponse}. */
  public static final ClassName AMI_RESPONSE = ClassName.get(API, "AmiResponse");

  /** {@code EventListResult<I>}. */
  public static final ClassName EVENT_LIST_RESULT = ClassName.get(API, "EventListResult");

  /** {@code CommandResult}. */
  public static final ClassName COMMAND_RESULT = ClassName.get(API, "CommandResult");

  /** {@code ResultShape<R>}. */
  public static final ClassName RESULT_SHAPE = ClassName.get(API, "ResultShape");

  /** {@code EventType<E>}. */
  public static final ClassName EVENT_TYPE = ClassName.get(API, "EventType");

  /** {@code ActionType<A>}. */
  public static final ClassName ACTION_TYPE = ClassName.get(API, "ActionType");

  /** {@code Bindings}. */
  public static final ClassName BINDINGS = ClassName.get(API, "Bindings");

  /** {@code PrivilegeClass}. */
  public static final ClassName PRIVILEGE_CLASS = ClassName.get(API, "PrivilegeClass");

  /** {@code Values}, the lenient parsers. */
  public static final ClassName VALUES = ClassName.get(API, "Values");

  /** {@code EventMetadata}, the documented headers of a generated event, kept at run time. */
  public static final ClassName EVENT_METADATA = ClassName.get(API, "EventMetadata");

  /** {@code ChannelVariables}, writes {@code Variable: name=value} headers. */
  public static final ClassName CHANNEL_VARIABLES = ClassName.get(API, "ChannelVariables");

  /** {@code AmiMessage}. */
  public static final ClassName AMI_MESSAGE = ClassName.get(MESSAGE, "AmiMessage");

  /** {@code AmiMessage.Builder}. */
  public static final ClassName AMI_MESSAGE_BUILDER = AMI_MESSAGE.nestedClass("Builder");

  /** {@code javax.annotation.processing.Generated}. */
  public static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private CoreTypes() {}
}
