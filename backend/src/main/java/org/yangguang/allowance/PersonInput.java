package org.yangguang.allowance;

import java.time.LocalDate;

/** A member: the birth date gives the age, {@code disabilityGrade} 0 means none, 1–4 the grade. */
public record PersonInput(String idNumber, LocalDate birthDate, int disabilityGrade, boolean seriousIllness) {}
