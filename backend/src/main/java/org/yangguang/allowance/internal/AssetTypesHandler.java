package org.yangguang.allowance.internal;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.yangguang.household.AssetType;

/** Stores a list of asset types as a comma list of their names ({@code DEPOSIT,SECURITIES}). */
public class AssetTypesHandler extends BaseTypeHandler<List<AssetType>> {

    @Override
    public void setNonNullParameter(PreparedStatement statement, int index, List<AssetType> types, JdbcType jdbcType)
            throws SQLException {
        statement.setString(index, types.stream().map(AssetType::name).collect(Collectors.joining(",")));
    }

    @Override
    public List<AssetType> getNullableResult(ResultSet rows, String column) throws SQLException {
        return parse(rows.getString(column));
    }

    @Override
    public List<AssetType> getNullableResult(ResultSet rows, int index) throws SQLException {
        return parse(rows.getString(index));
    }

    @Override
    public List<AssetType> getNullableResult(CallableStatement call, int index) throws SQLException {
        return parse(call.getString(index));
    }

    private static List<AssetType> parse(String names) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        return Arrays.stream(names.split(","))
                .map(String::trim)
                .map(AssetType::valueOf)
                .toList();
    }
}
