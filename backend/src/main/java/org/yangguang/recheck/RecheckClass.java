package org.yangguang.recheck;

/** A class of receiving households and how often they are re-checked (table {@code recheck_class}). */
public record RecheckClass(String code, String name, int intervalMonths, String description) {}
