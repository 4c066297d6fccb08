-- H2: audit rows cannot be updated or deleted; the chain head cannot be deleted.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL 'org.yangguang.audit.internal.AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL 'org.yangguang.audit.internal.AppendOnlyTrigger';
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain FOR EACH ROW
    CALL 'org.yangguang.audit.internal.AppendOnlyTrigger';
