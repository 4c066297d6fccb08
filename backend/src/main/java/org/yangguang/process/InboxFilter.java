package org.yangguang.process;

import java.time.LocalDate;

/**
 * Narrows the inbox (all optional): one process, one task key, one region's subtree (by the case's
 * village), due on or before a day; sorted by due date (soonest first) or
 * by creation.
 */
public record InboxFilter(String processKey, String taskKey, String regionPrefix, LocalDate dueBy, boolean byDueDate) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, false);
}
