/**
 * Pieces every feature shares: the exceptions that become {@code application/problem+json}
 * answers, the collector of field violations, the clock, and the data source with its optional read
 * replica ({@link org.yangguang.common.datasource}).
 *
 * <p>Features throw {@link org.yangguang.common.ApiException} subclasses with a message key; the
 * {@link org.yangguang.common.web.ProblemHandler} turns them into RFC 9457 problem details in the
 * caller's language (zh-CN by default, English on request).
 */
package org.yangguang.common;
