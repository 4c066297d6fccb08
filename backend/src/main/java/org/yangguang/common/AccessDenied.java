package org.yangguang.common;

/** A request was refused for lack of rights (403): who, what, and why. The audit trail records it. */
public record AccessDenied(String actor, String method, String path, String reason) {}
