package org.yangguang.personaldata.internal;

/**
 * The Java type the personal-data type handlers are registered under: nothing uses it, so MyBatis
 * applies them only where a mapper names them.
 */
final class OnlyByName {
    private OnlyByName() {}
}
