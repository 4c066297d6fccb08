package org.yangguang.household.internal;

/** Mutable holder for an insert, so MyBatis can hand back the generated id. */
public class HouseholdInsert {

    private Long id;
    private final HouseholdRow row;

    public HouseholdInsert(HouseholdRow row) {
        this.row = row;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HouseholdRow getRow() {
        return row;
    }
}
