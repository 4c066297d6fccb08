package org.yangguang.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Seals and opens personal data with AES-256-GCM and computes its search hash.
 *
 * <p>A sealed value reads {@code <key id>:<Base64url of a 12-byte random nonce and the cipher text
 * with its 16-byte tag>}; the key id lets older keys keep opening what they sealed after the
 * active key changes. The same value sealed twice gives two different texts, so equality is
 * looked up through {@link #hash(String)}: HMAC-SHA256 under a key of its own over the trimmed,
 * upper-cased value (an ID number's check character {@code x} and {@code X} are one).
 */
@Component
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int AES_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,8}");
    private static final Base64.Encoder TEXT = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_TEXT = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKey;
    private final SecretKey hashKey;

    public PersonalDataCipher(PersonalDataProperties properties) {
        if (properties.keys() == null || properties.keys().isEmpty()) {
            throw new IllegalStateException("yangguang.personal-data.keys names no key");
        }
        properties.keys().forEach((id, base64) -> keys.put(checkedId(id), aesKey(id, base64)));
        if (!keys.containsKey(properties.activeKey())) {
            throw new IllegalStateException("yangguang.personal-data.active-key names no key of yangguang.personal-data.keys");
        }
        this.activeKey = properties.activeKey();
        byte[] hashBytes = decoded("hash-key", properties.hashKey());
        if (hashBytes.length < AES_KEY_BYTES) {
            throw new IllegalStateException("yangguang.personal-data.hash-key must hold at least 32 bytes");
        }
        this.hashKey = new SecretKeySpec(hashBytes, "HmacSHA256");
    }

    /** The value sealed under the active key; {@code null} stays {@code null}. */
    public String seal(String plain) {
        return plain == null ? null : activeKey + ":" + TEXT.encodeToString(sealBytes(plain.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value {@link #seal(String)} sealed; {@code null} stays {@code null}. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        if (colon < 0 || !keys.containsKey(sealed.substring(0, colon))) {
            throw new IllegalStateException("a personal-data column holds a value that is not sealed under a known key");
        }
        byte[] plain = openBytes(keys.get(sealed.substring(0, colon)), FROM_TEXT.decode(sealed.substring(colon + 1)));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** Whether the text has the form of a sealed value under one of the configured keys. */
    public boolean isSealed(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        return colon > 0 && keys.containsKey(text.substring(0, colon))
                && text.substring(colon + 1).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    /** Sealed bytes (nonce, cipher text, tag) under the active key, prefixed with the key id. */
    public byte[] sealBinary(byte[] plain) {
        if (plain == null) {
            return null;
        }
        byte[] id = activeKey.getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = sealBytes(plain);
        return ByteBuffer.allocate(1 + id.length + sealed.length).put((byte) id.length).put(id).put(sealed).array();
    }

    /** The bytes {@link #sealBinary(byte[])} sealed. */
    public byte[] openBinary(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        int idLength = sealed[0];
        String id = new String(sealed, 1, idLength, StandardCharsets.US_ASCII);
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("binary personal data sealed under an unknown key");
        }
        byte[] rest = new byte[sealed.length - 1 - idLength];
        System.arraycopy(sealed, 1 + idLength, rest, 0, rest.length);
        return openBytes(key, rest);
    }

    /** The search hash of the value (43 characters); {@code null} stays {@code null}. */
    public String hash(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return TEXT.encodeToString(mac.doFinal(plain.trim().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] sealBytes(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM sealing failed", e);
        }
    }

    private static byte[] openBytes(SecretKey key, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed personal-data value does not open: wrong key or altered value", e);
        }
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("personal-data key id '" + id + "' must be 1-8 lower-case letters or digits");
        }
        return id;
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = decoded("keys." + id, base64);
        if (bytes.length != AES_KEY_BYTES) {
            throw new IllegalStateException("yangguang.personal-data.keys." + id + " must be 32 bytes (AES-256) in Base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] decoded(String name, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("yangguang.personal-data." + name + " is not set");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("yangguang.personal-data." + name + " is not Base64", e);
        }
    }
}
