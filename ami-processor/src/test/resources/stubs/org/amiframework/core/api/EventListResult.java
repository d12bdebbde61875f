package org.amiframework.core.api;

public final class EventListResult<I extends AmiEvent> {}
