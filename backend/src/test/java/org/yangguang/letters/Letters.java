package org.yangguang.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads a generated letter back with POI, as Word would open it. */
final class Letters {

    /** 18 characters of an ID number, or 15 digits of an old one, anywhere in the text. */
    static final Pattern ID_NUMBER_SHAPED = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");

    private Letters() {}

    static List<String> paragraphs(GeneratedLetter letter) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(letter.content()))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(GeneratedLetter letter) {
        return String.join("\n", paragraphs(letter));
    }
}
