package org.yangguang.complaint.internal;

/** Receives a generated key from MyBatis. */
public class IdHolder {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }
}
