package org.yangguang.letters;

/** One paragraph of a rendered letter. */
record LetterLine(Kind kind, String text) {

    enum Kind {
        HEADING,
        BODY,
        RIGHT,
        BLANK
    }
}
