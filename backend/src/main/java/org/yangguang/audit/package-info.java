/**
 * The audit trail for discipline inspectors: every change, decision, login, denial, import,
 * export, deployment and engine operation, recorded in the transaction of the change itself
 * (a failed audit write rolls the change back), append-only in the database (triggers refuse
 * UPDATE and DELETE), and hash-chained: each row holds the SHA-256 of its canonical content and
 * of the previous row's hash, so {@link org.yangguang.audit.AuditVerifier} names the first row
 * changed, removed or reordered behind the application's back.
 *
 * <p>Nobody calls the trail to record: it listens to the events the features publish ({@link
 * org.yangguang.audit.AuditListeners}). Inspectors read it through {@code /api/audit/**}, along
 * with the red flags ({@link org.yangguang.audit.RedFlags}).
 */
package org.yangguang.audit;
