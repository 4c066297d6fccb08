package org.yangguang.personaldata.internal;

import org.apache.ibatis.type.MappedTypes;
import org.yangguang.personaldata.PersonalDataCipher;

/**
 * MyBatis type handler of a sealed column: writes {@link PersonalDataCipher#seal(String)}, reads
 * {@link PersonalDataCipher#open(String)}. Mappers name it {@code typeHandler=sealed}.
 */
@MappedTypes(OnlyByName.class)
public class SealedString extends TextColumnHandler {

    SealedString(PersonalDataCipher cipher) {
        super(cipher);
    }

    @Override
    String toColumn(String value) {
        return cipher.seal(value);
    }

    @Override
    String fromColumn(String stored) {
        return cipher.open(stored);
    }
}
