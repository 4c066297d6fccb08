/**
 * The application's database connections: one primary database, and optionally a read replica that
 * takes the read-only transactions of the features named in {@code yangguang.datasource.replica.features}
 * (by default the reports). See docs/operations.md, "Reports on a read replica".
 */
package org.yangguang.common.datasource;
