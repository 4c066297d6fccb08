package org.yangguang.verification.data;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The limits of department data imports ({@code yangguang.verification.import.*}); see
 * docs/department-data.md. {@code maxBytes} should not exceed {@code
 * spring.servlet.multipart.max-file-size}, which refuses larger uploads before they reach us.
 *
 * @param maxBytes largest accepted file
 * @param syncMaxRows files of at most this many (estimated) rows and
 * @param syncMaxBytes at most this size are imported while the request waits (200); larger ones
 *     run as a background job (202)
 * @param maxReportedErrors errors listed in an answer; all are counted
 * @param maxCellLength longest accepted cell text
 * @param insertBatchRows records per multi-row INSERT
 * @param jobThreads background jobs run at once (more wait their turn)
 * @param jobsKept finished jobs kept in memory for polling
 * @param minInflateRatio zip-bomb guard: smallest accepted compressed/uncompressed ratio of an entry
 * @param maxEntryBytes zip-bomb guard: largest uncompressed entry of an .xlsx
 */
@Validated
@ConfigurationProperties("yangguang.verification.import")
public record ImportLimits(
        @DefaultValue("20MB") DataSize maxBytes,
        @DefaultValue("5000") @Min(0) int syncMaxRows,
        @DefaultValue("1MB") DataSize syncMaxBytes,
        @DefaultValue("1000") @Min(1) int maxReportedErrors,
        @DefaultValue("500") @Min(1) int maxCellLength,
        @DefaultValue("500") @Min(1) int insertBatchRows,
        @DefaultValue("1") @Min(1) int jobThreads,
        @DefaultValue("100") @Min(1) int jobsKept,
        @DefaultValue("0.01") @DecimalMin("0.0001") @DecimalMax("1") double minInflateRatio,
        @DefaultValue("500MB") DataSize maxEntryBytes) {

    /** Whether an upload of this size and estimated row count is imported while the request waits. */
    public boolean runsWhileWaiting(long bytes, int estimatedRows) {
        return bytes <= syncMaxBytes.toBytes() && estimatedRows <= syncMaxRows;
    }
}
