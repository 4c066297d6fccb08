package org.yangguang.casework.internal;

/** The bytes of a stored document (a holder, since MyBatis reads a bare byte[] result as a list). */
public record DocumentContent(byte[] content) {}
