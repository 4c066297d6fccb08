/**
 * The application for the allowance (一评两审三公示): intake, the steps of process {@code
 * dibao-application} (one {@link org.yangguang.process.StepHandler} per task key in {@code
 * steps/}), the service tasks the model calls ({@code notices}, {@code enrolment}, {@code
 * refusal}), and the case view of {@code GET /api/cases/{id}}.
 */
package org.yangguang.application;
