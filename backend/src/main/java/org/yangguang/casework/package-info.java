/**
 * Cases: one household's passage through a process (an application, later a re-check), its
 * status, flags, timeline and documents. The process model moves a case; this package keeps
 * the facts the model and the pages need, so that process variables hold ids and routing facts
 * only.
 */
package org.yangguang.casework;
