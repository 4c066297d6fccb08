/**
 * The roster import (api.md "Roster import and statistics"): a county's existing recipients from its
 * Excel roster, validated row by row and household by household, all or nothing, idempotent for the
 * same file, enrolled as ACTIVE households with their class and next re-check.
 */
package org.yangguang.roster;
