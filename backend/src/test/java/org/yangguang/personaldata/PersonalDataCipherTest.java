package org.yangguang.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String K1 = key('1');
    private static final String K2 = key('2');
    private static final String HASH = key('h');
    private static final String ID = "11010519491231002X";

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }

    private static PersonalDataCipher cipher(String active, Map<String, String> keys) {
        return new PersonalDataCipher(new PersonalDataProperties(active, keys, HASH));
    }

    @Test
    void sealsWithARandomNonceAndOpensBack() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", K1));
        String once = cipher.seal(ID);
        String twice = cipher.seal(ID);
        assertThat(once).startsWith("k1:").doesNotContain(ID).isNotEqualTo(twice);
        assertThat(cipher.isSealed(once)).isTrue();
        assertThat(cipher.isSealed(ID)).isFalse();
        assertThat(cipher.isSealed("{\"身份证号\":\"" + ID + "\"}")).isFalse();
        assertThat(cipher.open(once)).isEqualTo(ID);
        assertThat(cipher.open(twice)).isEqualTo(ID);
        assertThat(cipher.seal(null)).isNull();
        assertThat(cipher.open(null)).isNull();
    }

    @Test
    void anAlteredValueOrAnotherKeyDoesNotOpen() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", K1));
        String sealed = cipher.seal(ID);
        // A character in the middle: the last one may carry only padding bits.
        int middle = sealed.length() / 2;
        char was = sealed.charAt(middle);
        String altered = sealed.substring(0, middle) + (was == 'A' ? 'B' : 'A') + sealed.substring(middle + 1);
        assertThatThrownBy(() -> cipher.open(altered)).hasMessageContaining("does not open");
        PersonalDataCipher other = cipher("k1", Map.of("k1", K2));
        assertThatThrownBy(() -> other.open(sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> cipher.open(ID)).hasMessageContaining("not sealed under a known key");
    }

    @Test
    void aRotatedKeyKeepsOpeningWhatTheOldKeySealed() {
        String old = cipher("k1", Map.of("k1", K1)).seal(ID);
        PersonalDataCipher rotated = cipher("k2", Map.of("k1", K1, "k2", K2));
        assertThat(rotated.seal(ID)).startsWith("k2:");
        assertThat(rotated.open(old)).isEqualTo(ID);
    }

    @Test
    void theHashIsKeyedStableAndIgnoresTheCaseOfTheCheckCharacter() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", K1));
        assertThat(cipher.hash(ID)).hasSize(43).isEqualTo(cipher.hash(" 11010519491231002x "));
        assertThat(cipher.hash(ID)).isNotEqualTo(cipher.hash("110105194912310037"));
        PersonalDataCipher otherHashKey = new PersonalDataCipher(new PersonalDataProperties("k1", Map.of("k1", K1), K2));
        assertThat(otherHashKey.hash(ID)).isNotEqualTo(cipher.hash(ID));
    }

    @Test
    void binaryValuesSealToo() {
        PersonalDataCipher cipher = cipher("k1", Map.of("k1", K1));
        byte[] body = ("{\"idNumber\":\"" + ID + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.sealBinary(body);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(ID);
        assertThat(cipher.openBinary(sealed)).isEqualTo(body);
    }

    @Test
    void aMissingOrMalformedKeyStopsTheStart() {
        assertThatThrownBy(() -> cipher("k1", Map.of())).hasMessageContaining("names no key");
        assertThatThrownBy(() -> cipher("k9", Map.of("k1", K1))).hasMessageContaining("active-key");
        assertThatThrownBy(() -> cipher("k1", Map.of("k1", "c2hvcnQ="))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> cipher("K1", Map.of("K1", K1))).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new PersonalDataCipher(new PersonalDataProperties("k1", Map.of("k1", K1), "")))
                .hasMessageContaining("hash-key is not set");
    }
}
