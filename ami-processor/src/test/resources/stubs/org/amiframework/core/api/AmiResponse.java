package org.amiframework.core.api;

public final class AmiResponse {}
