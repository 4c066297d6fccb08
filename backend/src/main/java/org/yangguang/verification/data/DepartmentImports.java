package org.yangguang.verification.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.common.Violations;
import org.yangguang.region.Region;
import org.yangguang.region.RegionService;
import org.yangguang.verification.data.ImportRows.GoodRow;
import org.yangguang.verification.data.internal.DepartmentDataMapper;
import org.yangguang.verification.data.internal.DepartmentDataMapper.NewBatch;
import org.yangguang.verification.data.internal.DepartmentDataMapper.NewRecord;

/**
 * Imports one file of a source, all or nothing, in one transaction: the batch, its records in
 * multi-row inserts while the file streams by, then matching of the people in it (warnings
 * raised), the audit event and {@link DepartmentDataImported} (a full matching run after commit).
 * A row with an error rolls everything back; the same content of the same source is stored once.
 */
@Service
public class DepartmentImports {

    static final String STORED = "STORED";

    private final DepartmentDataMapper mapper;
    private final ImportedPeopleMatcher matcher;
    private final RegionService regions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final ImportLimits limits;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    DepartmentImports(DepartmentDataMapper mapper, ImportedPeopleMatcher matcher, RegionService regions,
            ApplicationEventPublisher events, PlatformTransactionManager transactionManager, MessageSource messages,
            ImportLimits limits, Clock clock) {
        this.mapper = mapper;
        this.matcher = matcher;
        this.regions = regions;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.messages = messages;
        this.limits = limits;
        this.clock = clock;
    }

    /** The answer of an earlier import of the same content of the same source, if there was one. */
    public Optional<ImportResult> earlierImport(ImportUpload upload) {
        return Optional.ofNullable(mapper.findBatch(upload.source().name(), upload.sha256()))
                .map(ImportResult::duplicateOf);
    }

    /** Imports the upload; the caller discards the upload afterwards. Errors are worded in {@code locale}. */
    public ImportResult run(ImportUpload upload, String actor, Locale locale, ImportProgress progress) {
        Optional<ImportResult> earlier = earlierImport(upload);
        if (earlier.isPresent()) {
            progress.finished();
            return earlier.get();
        }
        ImportResult result = transactions.execute(tx -> store(upload, actor, locale, progress, tx));
        progress.finished();
        return result;
    }

    private ImportResult store(ImportUpload upload, String actor, Locale locale, ImportProgress progress,
            TransactionStatus tx) {
        NewBatch batch = new NewBatch(upload.source().name(), upload.fileName(), upload.sha256(), actor,
                clock.instant());
        mapper.insertBatch(batch);
        long batchId = batch.getId();
        Set<String> regionCodes = regions.listAll().stream().map(Region::code).collect(Collectors.toSet());
        RowChecker checker = new RowChecker(upload.source(), regionCodes::contains, LocalDate.now(clock),
                limits.maxCellLength());
        ImportRows rows = new ImportRows(upload.source(), checker, problem -> text(problem, locale),
                limits.maxReportedErrors(), limits.insertBatchRows(), chunk -> insert(batchId, upload.source(), chunk),
                progress);
        SheetReader.of(upload.kind(), limits).read(upload.file(), rows);
        rows.finish();
        Violations.rejectIf(!rows.headerFound(), "file", "import.file.noHeader");
        if (rows.failed()) {
            tx.setRollbackOnly();
            return ImportResult.refused(rows.errors(), rows.errorCount());
        }
        int raised = matcher.matchAfterImport(upload.source(), rows.people());
        mapper.finishBatch(batchId, rows.rows(), raised, STORED);
        events.publishEvent(new DataImportStored(actor, upload.source(), batchId, upload.fileName(), upload.sha256(),
                rows.rows(), raised));
        events.publishEvent(new DepartmentDataImported(upload.source(), batchId, rows.rows()));
        return ImportResult.stored(batchId, rows.rows(), raised);
    }

    private void insert(long batchId, DataSource source, List<GoodRow> chunk) {
        mapper.insertRecords(chunk.stream()
                .map(row -> new NewRecord(batchId, source.name(), row.idNumber(), row.relatedIdNumber(),
                        row.rowNumber(), fieldsJson(row)))
                .toList());
    }

    private String fieldsJson(GoodRow row) {
        try {
            return json.writeValueAsString(row.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(CellProblem problem, Locale locale) {
        return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
    }
}
