package org.yangguang.complaint;

import java.util.Set;

/** Where a complaint came in; ONLINE is the public notice board (objections), not taken at the desk. */
public enum ComplaintChannel {
    HOTLINE,
    BOX,
    LETTER,
    VISIT,
    ONLINE;

    static final Set<ComplaintChannel> AT_THE_DESK = Set.of(HOTLINE, BOX, LETTER, VISIT);
}
