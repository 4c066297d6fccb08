package org.yangguang.allowance.internal;

/** Receives the key the database generated for an inserted row (records cannot take it). */
public final class GeneratedId {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
