package org.yangguang.verification.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.yangguang.common.Violations;

/**
 * The first sheet of an .xlsx, read as a SAX stream of its XML ({@link XSSFSheetXMLHandler}): the
 * memory it needs does not grow with the rows. The package is opened from a file (random access),
 * its entries inflate through POI's zip-bomb guard ({@link ZipBombGuard}).
 */
final class XlsxSheetReader implements SheetReader {

    /** Rough bytes of a compressed row, for the estimate of a sheet without a dimension. */
    private static final int BYTES_PER_ROW_GUESS = 25;

    XlsxSheetReader(ImportLimits limits) {
        ZipBombGuard.apply(limits);
    }

    @Override
    public void read(Path file, RowHandler rows) {
        XMLReader parser = newParser();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = firstSheet(reader)) {
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        styles, strings, new Rows(rows), new IsoDataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (StopReading stop) {
            // the handler has what it wanted
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                | IllegalArgumentException | IllegalStateException e) {
            refuse(e);
        }
    }

    @Override
    public int estimateRows(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                InputStream sheet = firstSheet(new XSSFReader(pkg))) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if ("dimension".equals(xml.getLocalName())) {
                        return rowsOf(xml.getAttributeValue(null, "ref"));
                    }
                    if ("sheetData".equals(xml.getLocalName())) {
                        break;
                    }
                }
            }
            return (int) Math.min(Integer.MAX_VALUE, Files.size(file) / BYTES_PER_ROW_GUESS);
        } catch (IOException | XMLStreamException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
                | IllegalArgumentException | IllegalStateException e) {
            refuse(e);
            return 0;
        }
    }

    private static XMLReader newParser() {
        try {
            return XMLHelper.newXMLReader();
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("no SAX parser", e);
        }
    }

    private static int rowsOf(String dimension) {
        if (dimension == null) {
            return 0;
        }
        String last = dimension.contains(":") ? dimension.substring(dimension.indexOf(':') + 1) : dimension;
        return Math.max(0, new CellReference(last).getRow());
    }

    private static InputStream firstSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            Violations.reject("file", "import.file.noSheet");
        }
        return sheets.next();
    }

    private static void refuse(Exception e) {
        Violations.reject("file", ZipBombGuard.isBomb(e) ? "import.file.zipBomb" : "import.file.xlsxUnreadable");
    }

    /** Thrown through the SAX parser when the handler says stop. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Collects the cells of a row by column index and hands the row on at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!handler.row(rowNum + 1, new ArrayList<>(cells))) {
                throw new StopReading();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(formattedValue);
            } else {
                cells.set(column, formattedValue);
            }
            nextColumn = column + 1;
        }
    }
}
