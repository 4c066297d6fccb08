/**
 * Reports over the receiving households: the statistics tables of api.md (identity categories, age
 * bands by gender) and further breakdowns (township, re-check class, disability), read-only.
 */
package org.yangguang.report;
