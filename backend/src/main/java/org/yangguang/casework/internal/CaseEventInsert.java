package org.yangguang.casework.internal;

import org.yangguang.casework.CaseEvent;

/** Holder through which MyBatis hands back the generated event id. */
public class CaseEventInsert {

    private Long id;
    private final CaseEvent event;

    public CaseEventInsert(CaseEvent event) {
        this.event = event;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseEvent getEvent() {
        return event;
    }
}
