package org.amiframework.core.api;

import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.message.AmiMessage;

public record EventType<E extends AmiEvent>(
    String name,
    Class<E> javaType,
    Set<PrivilegeClass> classes,
    Set<String> headers,
    Function<AmiMessage, E> decoder) {}
