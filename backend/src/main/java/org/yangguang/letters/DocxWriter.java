package org.yangguang.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Lays a rendered letter out on A4 the way official documents look (GB/T 9704): margins of 37,
 * 35, 28 and 26 mm, a centred heading in a song-style face, the body in FangSong at 16 pt (size
 * three) on a fixed line pitch. Word substitutes the faces where they are not installed.
 */
final class DocxWriter {

    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String HEADING_FONT = "SimSun";
    private static final String BODY_FONT = "FangSong";
    private static final int HEADING_POINTS = 22;
    private static final int BODY_POINTS = 16;
    private static final double LINE_PITCH_POINTS = 28;
    private static final int TWIPS_PER_POINT = 20;

    private DocxWriter() {}

    static byte[] write(List<LetterLine> lines) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            setUpPage(document);
            lines.forEach(line -> add(document, line));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the letter", e);
        }
    }

    private static void add(XWPFDocument document, LetterLine line) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBetween(LINE_PITCH_POINTS, LineSpacingRule.EXACT);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        switch (line.kind()) {
            case HEADING -> {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                paragraph.setSpacingAfter(TWIPS_PER_POINT * BODY_POINTS);
                style(run, HEADING_FONT, HEADING_POINTS);
                run.setBold(true);
            }
            case RIGHT -> {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                style(run, BODY_FONT, BODY_POINTS);
            }
            default -> {
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                style(run, BODY_FONT, BODY_POINTS);
            }
        }
        run.setText(line.text());
    }

    private static void style(XWPFRun run, String font, int points) {
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(points);
    }

    private static void setUpPage(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setHeader(twips(15));
        margins.setFooter(twips(17));
        margins.setGutter(BigInteger.ZERO);
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }
}
