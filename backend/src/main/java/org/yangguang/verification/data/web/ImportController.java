package org.yangguang.verification.data.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yangguang.common.NotFoundException;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.verification.data.DataSource;
import org.yangguang.verification.data.DepartmentData;
import org.yangguang.verification.data.DepartmentImports;
import org.yangguang.verification.data.ImportBatch;
import org.yangguang.verification.data.ImportJob;
import org.yangguang.verification.data.ImportJobs;
import org.yangguang.verification.data.ImportLimits;
import org.yangguang.verification.data.ImportProgress;
import org.yangguang.verification.data.ImportTemplates;
import org.yangguang.verification.data.ImportUpload;
import org.yangguang.verification.data.ImportUploads;

/**
 * Department data imports (COUNTY): a small file is imported while the request waits (200 with
 * the result), a large one in the background (202 with the job to poll). Also the stored files
 * and the templates.
 */
@RestController
@RequestMapping("/api/verification/imports")
@PreAuthorize("hasRole('COUNTY')")
class ImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int LISTED_BATCHES = 200;

    private final ImportUploads uploads;
    private final DepartmentImports imports;
    private final ImportJobs jobs;
    private final DepartmentData data;
    private final ImportTemplates templates;
    private final ImportLimits limits;
    private final CurrentOfficer current;

    ImportController(ImportUploads uploads, DepartmentImports imports, ImportJobs jobs, DepartmentData data,
            ImportTemplates templates, ImportLimits limits, CurrentOfficer current) {
        this.uploads = uploads;
        this.imports = imports;
        this.jobs = jobs;
        this.data = data;
        this.templates = templates;
        this.limits = limits;
        this.current = current;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Object> importFile(@RequestParam DataSource source, @RequestPart("file") MultipartFile file)
            throws IOException {
        ImportUpload upload;
        try (InputStream content = file.getInputStream()) {
            upload = uploads.accept(source, file.getOriginalFilename(), file.getSize(), content);
        }
        Locale locale = LocaleContextHolder.getLocale();
        var earlier = imports.earlierImport(upload);
        if (earlier.isPresent() || limits.runsWhileWaiting(upload.bytes(), upload.estimatedRows())) {
            try {
                return ResponseEntity.ok(earlier.isPresent() ? earlier.get()
                        : imports.run(upload, current.username(), locale, new ImportProgress(upload.estimatedRows())));
            } finally {
                upload.discard();
            }
        }
        String jobId = jobs.start(upload, current.username(), locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("jobId", jobId));
    }

    @GetMapping("/{jobId}")
    ImportJob job(@PathVariable String jobId) {
        return jobs.find(jobId).orElseThrow(() -> new NotFoundException("import.job.notFound"));
    }

    @GetMapping
    List<ImportBatch> batches() {
        return data.recentBatches(LISTED_BATCHES);
    }

    @GetMapping("/templates/{source}")
    ResponseEntity<byte[]> template(@PathVariable DataSource source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.write(source, LocaleContextHolder.getLocale(), out);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(templates.fileName(source)).build().toString())
                .body(out.toByteArray());
    }
}
