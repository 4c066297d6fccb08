/**
 * Economic verification (信息核对): matching every member and supporter against department data
 * and raising warnings. The application model calls {@code ${verification.verify(execution)}}
 * beside the household survey.
 */
package org.yangguang.verification;
