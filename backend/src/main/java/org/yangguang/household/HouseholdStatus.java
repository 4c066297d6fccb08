package org.yangguang.household;

/** Where a household stands: applying, receiving (fully or in gradual exit), stopped, or refused. */
public enum HouseholdStatus {
    APPLYING,
    ACTIVE,
    GRADUAL_EXIT,
    STOPPED,
    REFUSED;

    /** Statuses in which the household's members may not appear in another household's application. */
    public boolean isOpen() {
        return this == APPLYING || this == ACTIVE || this == GRADUAL_EXIT;
    }
}
