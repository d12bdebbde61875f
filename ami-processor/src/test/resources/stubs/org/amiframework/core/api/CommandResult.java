package org.amiframework.core.api;

public final class CommandResult {}
