package org.yangguang.complaint;

/** Who investigates and answers: the township, or the county for complaints naming an officer or without a township. */
public enum InvestigatingLevel {
    TOWNSHIP,
    COUNTY
}
