package org.yangguang.household;

/**
 * Masking of personal names for public notices: the first and the last character stay, each
 * character between becomes a star; a two-character name keeps only its first. Characters are
 * Unicode code points, so a rare surname outside the Basic Multilingual Plane counts as one.
 */
public final class Names {

    private static final String STAR = "*";

    private Names() {}

    /**
     * Three characters {@code ABC → A*C}, two {@code AB → A*}, one {@code A → A}, four or more
     * {@code ABCD → A**D}; surrounding blanks are dropped and {@code null} stays {@code null}.
     */
    public static String mask(String name) {
        if (name == null) {
            return null;
        }
        int[] characters = name.strip().codePoints().toArray();
        int count = characters.length;
        if (count <= 1) {
            return new String(characters, 0, count);
        }
        String first = new String(characters, 0, 1);
        if (count == 2) {
            return first + STAR;
        }
        return first + STAR.repeat(count - 2) + new String(characters, count - 1, 1);
    }
}
