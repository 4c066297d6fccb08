package org.yangguang.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.yangguang.excel.SheetWriter;

/** Streams a filled sheet to the response as an .xlsx attachment. */
final class XlsxResponse {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxResponse() {}

    static void send(SheetWriter sheet, String fileName, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        sheet.writeTo(response.getOutputStream());
    }
}
