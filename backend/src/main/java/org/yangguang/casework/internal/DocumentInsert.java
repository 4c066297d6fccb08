package org.yangguang.casework.internal;

import java.time.Instant;

/** A document to store, and the generated id MyBatis hands back. */
public class DocumentInsert {

    private Long id;
    private final long caseId;
    private final String kind;
    private final String fileName;
    private final String contentType;
    private final byte[] content;
    private final Instant createdAt;
    private final String createdBy;

    public DocumentInsert(
            long caseId, String kind, String fileName, String contentType, byte[] content, Instant createdAt, String createdBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
