/**
 * Personal data at rest: ID numbers, bank accounts and the department data that carries them are
 * stored sealed with AES-GCM under a key from configuration, and found again through a keyed hash
 * (HMAC-SHA256) kept beside each searchable column. See docs/security.md, "Personal data at rest".
 */
package org.yangguang.personaldata;
