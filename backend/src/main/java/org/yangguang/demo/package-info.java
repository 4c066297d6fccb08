/**
 * The demo jurisdiction and accounts of the stable interface, loaded on the embedded database
 * ({@code yangguang.demo-data.enabled}, on by default, off in the {@code mysql} profile). Each
 * part is loaded only into an empty table, so a second start keeps what the first one and its
 * users stored.
 */
package org.yangguang.demo;
