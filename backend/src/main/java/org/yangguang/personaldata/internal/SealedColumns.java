package org.yangguang.personaldata.internal;

import java.util.List;
import java.util.Map;

/**
 * Where personal data is stored sealed: per table, each sealed column and the hash column that
 * searches it ({@code null} where the column is only read back, never looked up). The one list the
 * sealing migration and the at-rest test work from; the mappers name the same columns.
 */
public final class SealedColumns {

    /** A sealed column and its search-hash column, or {@code null}. */
    public record Column(String sealed, String hash) {}

    public static final Map<String, List<Column>> BY_TABLE = Map.of(
            "household", List.of(new Column("bank_account", "bank_account_hash")),
            "household_member", List.of(new Column("id_number", "id_number_hash")),
            "household_income", List.of(new Column("member_id_number", null)),
            "household_asset", List.of(new Column("member_id_number", null)),
            "household_supporter", List.of(new Column("id_number", "id_number_hash")),
            "department_record", List.of(new Column("id_number", "id_number_hash"),
                    new Column("related_id_number", "related_id_number_hash"), new Column("fields", null)),
            "relative_registration", List.of(new Column("member_id_number", "member_id_number_hash"),
                    new Column("official_id_number", "official_id_number_hash")),
            "household_warning", List.of(new Column("person_id", "person_id_hash"), new Column("evidence", null)));

    private SealedColumns() {}
}
