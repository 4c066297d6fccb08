package org.yangguang.common;

import java.util.regex.Pattern;

/** Free text as plain text: markup tags and control characters removed, surrounding space trimmed. */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private PlainText() {}

    /** {@code null} for null or blank input. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String plain = CONTROL.matcher(TAG.matcher(text).replaceAll("")).replaceAll("").trim();
        return plain.isEmpty() ? null : plain;
    }
}
