package org.yangguang.roster;

/** The age bands of the statistics (api.md): minors, working age (by gender), beyond working age. */
public enum AgeBand {
    MINOR,
    WORKING_AGE,
    BEYOND
}
