package org.yangguang.verification.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.yangguang.common.ApiException;
import org.yangguang.common.InvalidInputException;

/**
 * Imports of large files in the background, {@code jobThreads} at a time. Jobs live in this
 * node's memory only: they are lost on a restart (the file is then simply imported again: an
 * import is all or nothing) and a poll must reach the node that took the upload. The last {@code
 * jobsKept} jobs are kept.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final DepartmentImports imports;
    private final MessageSource messages;
    private final ExecutorService workers;
    private final Map<String, Tracked> jobs;

    ImportJobs(DepartmentImports imports, MessageSource messages, ImportLimits limits) {
        this.imports = imports;
        this.messages = messages;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(limits.jobThreads(), task -> {
            Thread thread = new Thread(task, "department-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.jobs = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
                return size() > limits.jobsKept() && !ImportJob.RUNNING.equals(eldest.getValue().status);
            }
        };
    }

    /** Starts the import of the upload (which the job discards when done) and answers the job's id. */
    public String start(ImportUpload upload, String actor, Locale locale) {
        Tracked job = new Tracked(UUID.randomUUID().toString(), upload, new ImportProgress(upload.estimatedRows()));
        synchronized (jobs) {
            jobs.put(job.id, job);
        }
        workers.submit(() -> run(job, actor, locale));
        return job.id;
    }

    public Optional<ImportJob> find(String jobId) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(jobId)).map(Tracked::view);
        }
    }

    private void run(Tracked job, String actor, Locale locale) {
        try {
            job.finish(ImportJob.DONE, imports.run(job.upload, actor, locale, job.progress));
        } catch (ApiException e) {
            job.finish(ImportJob.FAILED, failure(e, locale));
        } catch (RuntimeException e) {
            log.error("Import job {} of {} failed", job.id, job.upload.source(), e);
            job.finish(ImportJob.FAILED, failure(null, locale));
        } finally {
            job.upload.discard();
        }
    }

    private ImportResult failure(ApiException e, Locale locale) {
        String message;
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            var violation = invalid.violations().get(0);
            message = messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
        } else if (e != null) {
            message = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        } else {
            message = messages.getMessage("import.job.failed", null, "import.job.failed", locale);
        }
        return ImportResult.refused(List.of(new ImportError(null, null, message)), 1);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }

    /** A job's mutable state; read through {@link #view()}. */
    private static final class Tracked {
        private final String id;
        private final ImportUpload upload;
        private final ImportProgress progress;
        private volatile String status = ImportJob.RUNNING;
        private volatile ImportResult result;

        Tracked(String id, ImportUpload upload, ImportProgress progress) {
            this.id = id;
            this.upload = upload;
            this.progress = progress;
        }

        void finish(String finalStatus, ImportResult finalResult) {
            this.result = finalResult;
            this.status = finalStatus;
        }

        ImportJob view() {
            String now = status;
            ImportResult r = result;
            return new ImportJob(id, upload.source(), upload.fileName(), now, progress.processed(),
                    progress.total(), r == null ? 0 : r.rows(), r == null ? List.of() : r.errors(),
                    r == null ? 0 : r.warningsRaised(), r == null ? 0 : r.errorCount(),
                    r == null ? null : r.batchId());
        }
    }
}
