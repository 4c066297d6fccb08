package org.yangguang.personaldata.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.yangguang.personaldata.PersonalDataCipher;

/** A MyBatis type handler of a text column whose stored form is computed from the value and back. */
abstract class TextColumnHandler extends BaseTypeHandler<String> {

    final PersonalDataCipher cipher;

    TextColumnHandler(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** The text stored for the value. */
    abstract String toColumn(String value);

    /** The value of a stored text ({@code null} stays {@code null}). */
    abstract String fromColumn(String stored);

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, String value, JdbcType jdbcType) throws SQLException {
        ps.setString(i, toColumn(value));
    }

    @Override
    public String getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return fromColumn(rs.getString(columnName));
    }

    @Override
    public String getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return fromColumn(rs.getString(columnIndex));
    }

    @Override
    public String getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return fromColumn(cs.getString(columnIndex));
    }
}
