/**
 * Monthly payments: a run per county and month pays each household the amount its allowance
 * history gives for that month, one line per household and month (a database constraint), in
 * batches whose cursor is stored with them, so an interrupted run resumes and never pays twice;
 * the bank's Excel file of a run.
 */
package org.yangguang.payment;
