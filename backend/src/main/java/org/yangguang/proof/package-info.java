/**
 * The burden of proof (举证责任), process {@code burden-of-proof}: a warning on a receiving
 * household (or a founded named complaint) → a written request for counter-evidence → the
 * township records what the household brought before the deadline (default 15 days, data) and
 * decides: accepted (the warnings are cleared) or rejected (stop or reduce from next month, with
 * the overpaid amount computed month by month for recovery); no answer by the deadline → the
 * allowance stops automatically with a written notice.
 */
package org.yangguang.proof;
