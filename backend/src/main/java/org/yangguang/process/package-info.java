/**
 * Glue between the features and Camunda 7: who Camunda thinks the users and groups are, how
 * {@code /engine-rest} learns who is calling, and (as the flow grows) the task inbox,
 * candidate-group routing, the business calendar and the names of process variables.
 */
package org.yangguang.process;
