/**
 * Versions of the process models and the migration of running instances between them: each
 * process key's deployed versions with the instances running on them and where they wait, a dry
 * run that asks the engine's own migration validation which instances a plan cannot move (and
 * why), and the migration itself as a Camunda batch whose jobs move a configurable number of
 * instances each ({@code yangguang.migration.batch-size}). Every dry run, start and moved
 * instance is published for the audit trail.
 */
package org.yangguang.process.versions;
