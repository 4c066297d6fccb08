package org.yangguang.personaldata.internal;

import org.apache.ibatis.type.MappedTypes;
import org.yangguang.personaldata.PersonalDataCipher;

/**
 * MyBatis type handler of a parameter compared with, or written to, a search-hash column: binds
 * {@link PersonalDataCipher#hash(String)} of the value. A hash never gives back its value.
 * Mappers name it {@code typeHandler=searchHash}.
 */
@MappedTypes(OnlyByName.class)
public class SearchHash extends TextColumnHandler {

    SearchHash(PersonalDataCipher cipher) {
        super(cipher);
    }

    @Override
    String toColumn(String value) {
        return cipher.hash(value);
    }

    @Override
    String fromColumn(String stored) {
        throw new UnsupportedOperationException("a search hash does not give back its value");
    }
}
