/**
 * The public notice board (公示): the 7-day notice of an application and the three result lists
 * (review, audit, approval), readable without an account, and the objections residents file
 * against a notice.
 *
 * <p>A notice carries only what may be published: village, the head's name masked (张*三),
 * household size, monthly amount, kind and period, and — only where the household consented in
 * writing — per-capita income and a summary of the supporters' income. Never ID numbers,
 * addresses, phone numbers, bank accounts or health details: {@link
 * org.yangguang.notice.PublicNotice} has no field that could hold them.
 */
package org.yangguang.notice;
