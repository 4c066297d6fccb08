package org.yangguang.personaldata.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;
import org.yangguang.personaldata.PersonalDataCipher;

/**
 * MyBatis type handler of a sealed binary column (an answer kept for repeats may show a household):
 * writes {@link PersonalDataCipher#sealBinary(byte[])}, reads {@link PersonalDataCipher#openBinary(byte[])}.
 * Mappers name it {@code typeHandler=sealedBytes}.
 */
@MappedTypes(OnlyByName.class)
public class SealedBytes extends BaseTypeHandler<byte[]> {

    private final PersonalDataCipher cipher;

    SealedBytes(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, byte[] value, JdbcType jdbcType) throws SQLException {
        ps.setBytes(i, cipher.sealBinary(value));
    }

    @Override
    public byte[] getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return cipher.openBinary(rs.getBytes(columnName));
    }

    @Override
    public byte[] getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return cipher.openBinary(rs.getBytes(columnIndex));
    }

    @Override
    public byte[] getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return cipher.openBinary(cs.getBytes(columnIndex));
    }
}
