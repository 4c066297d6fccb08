package org.yangguang.roster.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.common.Violations;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.region.RegionCodes;
import org.yangguang.roster.RosterImports;

/** {@code POST /api/imports/roster} (COUNTY) and its template (api.md "Roster import and statistics"). */
@RestController
@RequestMapping("/api/imports/roster")
@PreAuthorize("hasRole('COUNTY')")
class RosterImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RosterImports imports;
    private final CurrentOfficer current;

    RosterImportController(RosterImports imports, CurrentOfficer current) {
        this.imports = imports;
        this.current = current;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RosterImports.Result importRoster(@RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        Violations.rejectIf(file == null, "file", "import.file.empty");
        try (InputStream content = file.getInputStream()) {
            return imports.importRoster(file.getOriginalFilename(), file.getSize(), content,
                    RegionCodes.countyOf(current.get().regionCode()), current.username());
        }
    }

    /** The header row and one example household, to fill in. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            String[][] rows = {
                {"区划代码", "户编号", "姓名", "身份证号", "与户主关系", "身份类别", "残疾等级", "重病", "月保障金额", "起始年月"},
                {"511999101001", "DH0001", "张三", "（18位身份证号）", "户主", "失业", "0", "否", "865.00", "2026-01"},
                {"511999101001", "DH0001", "张小明", "（18位身份证号）", "子女", "学生", "0", "否", "", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                    sheet.setColumnWidth(c, 14 * 256);
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("roster-template.xlsx").build().toString())
                    .body(out.toByteArray());
        }
    }
}
