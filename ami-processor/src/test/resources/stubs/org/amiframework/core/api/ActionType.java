package org.amiframework.core.api;

import java.util.Set;
import java.util.function.Function;
import org.amiframework.core.message.AmiMessage;

public record ActionType<A extends AmiAction<?>>(
    String name,
    Class<A> javaType,
    Set<PrivilegeClass> writeClasses,
    Set<String> parameters,
    Function<AmiMessage, A> decoder) {}
