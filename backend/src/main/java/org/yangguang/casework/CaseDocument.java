package org.yangguang.casework;

import java.time.Instant;

/** A generated document kept with a case (refusal notice, incomplete-materials notice). Content is loaded apart. */
public record CaseDocument(
        long documentId, long caseId, String kind, String fileName, String contentType, Instant createdAt, String createdBy) {}
