package org.yangguang.personaldata;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of {@code yangguang.personal-data}: {@code keys} names each AES-256 key (Base64 of 32
 * bytes) by a short id, {@code active-key} is the one new values are sealed with (older ones stay
 * readable, so a key can be rotated), and {@code hash-key} (Base64, at least 32 bytes) keys the
 * search hashes. The default profile carries demo keys; production supplies its own.
 */
@ConfigurationProperties("yangguang.personal-data")
public record PersonalDataProperties(String activeKey, Map<String, String> keys, String hashKey) {}
