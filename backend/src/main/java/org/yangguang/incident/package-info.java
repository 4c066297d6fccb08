/**
 * Incidents: jobs of the engine (asynchronous steps, timers) that failed until no retry was left
 * and now wait for a person. Supervisors see the open ones of their jurisdiction and give a job
 * another try; Cockpit shows the same incidents with more detail.
 */
package org.yangguang.incident;
