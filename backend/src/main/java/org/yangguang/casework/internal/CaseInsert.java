package org.yangguang.casework.internal;

import org.yangguang.casework.CaseRecord;

/** Holder through which MyBatis hands back the generated case id. */
public class CaseInsert {

    private Long id;
    private final CaseRecord record;

    public CaseInsert(CaseRecord record) {
        this.record = record;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseRecord getRecord() {
        return record;
    }
}
