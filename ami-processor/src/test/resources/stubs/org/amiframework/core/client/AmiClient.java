package org.amiframework.core.client;

public interface AmiClient {}
