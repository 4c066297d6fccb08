package org.yangguang.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.household.IdNumbers;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.verification.data.DepartmentFiles;

/**
 * Issue 11.5: an application with members, a supporter, incomes, assets and a bank account, and
 * department files naming its people (a vehicle, an official who is a relative), leave no ID
 * number and no bank account in the clear anywhere in the database, while every officer's page
 * still reads them. The scan reads every text and binary column of every table, the engine's too.
 */
class PersonalDataAtRestIT extends ApiIT {

    private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB, Types.BLOB, Types.VARBINARY,
            Types.LONGVARBINARY, Types.BINARY);

    @Autowired
    ProcessEngine engine;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void noIdNumberOrBankAccountIsStoredInTheClearAndEveryPageStillReadsThem() throws SQLException {
        Households household = Households.in(CaseFlow.VILLAGE);
        String head = household.member("封存户主", "HEAD", LocalDate.of(1961, 6, 1), true);
        String spouse = household.member("封存配偶", "SPOUSE", LocalDate.of(1963, 8, 2), false);
        household.income(head, "WAGE", "300.00").asset(spouse, "DEPOSIT", "2000.00").supporter("封存赡养人", "100.00");
        String bankAccount = (String) household.body().get("bankAccount");
        @SuppressWarnings("unchecked")
        String supporter = (String) ((List<Map<String, Object>>) household.body().get("supporters")).get(0).get("idNumber");
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long caseId = flow.toNotice(household);
        String official = DepartmentFiles.person();
        assertThat(upload(org.yangguang.verification.data.DataSource.VEHICLE,
                List.of(List.of(head, "封存户主", "川A9Z001", "小型汽车", "2025-03-01"))).status()).isEqualTo(200);
        assertThat(upload(org.yangguang.verification.data.DataSource.OFFICIALS,
                List.of(List.of(official, "封存主任", "东河镇副镇长", "511999101000", spouse, "兄弟姐妹"))).status())
                .isEqualTo(200);

        JsonNode view = flow.driver().caseOf("county", caseId);
        assertThat(view.get("household").get("members").findValuesAsText("idNumber")).containsExactly(head, spouse);
        assertThat(view.get("household").get("supporters").findValuesAsText("idNumber")).containsExactly(supporter);
        assertThat(view.get("household").get("incomes").findValuesAsText("memberIdNumber")).containsExactly(head);
        assertThat(view.get("household").get("bankAccount").asText()).isEqualTo(bankAccount);
        assertThat(view.get("warnings").findValuesAsText("code")).contains("VEHICLE", "UNREGISTERED_RELATIVE");
        assertThat(view.get("flags").toString()).contains("CLOSE_RELATIVE");

        long householdId = view.get("householdId").asLong();
        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT id_number, id_number_hash FROM household_member WHERE household_id = ? AND position = 0",
                householdId);
        assertThat((String) stored.get("id_number")).startsWith("k1:").doesNotContain(head);
        assertThat(cipher.open((String) stored.get("id_number"))).isEqualTo(head);
        assertThat(stored.get("id_number_hash")).isEqualTo(cipher.hash(head));

        List<String> secrets = List.of(head, spouse, supporter, official, bankAccount);
        List<String> found = scan(secrets);
        assertThat(found).as("columns holding personal data in the clear").isEmpty();
    }

    private ApiClient.Response upload(org.yangguang.verification.data.DataSource source, List<List<String>> rows) {
        byte[] file = DepartmentFiles.csv(source.header(), rows, false);
        return as("county").postMultipart("/api/verification/imports", Map.of("source", source.name()), "file",
                "at-rest-" + System.nanoTime() + ".csv", file);
    }

    /** Every table.column holding one of the secrets or any valid ID number, with what it holds. */
    private List<String> scan(List<String> secrets) throws SQLException {
        List<String> found = new ArrayList<>();
        List<String[]> columns = textColumns();
        long[] values = {0};
        for (String[] column : columns) {
            String table = column[0];
            String name = column[1];
            Set<String> hits = new TreeSet<>();
            jdbc.query("SELECT " + name + " FROM " + table, row -> {
                Object value = row.getObject(1);
                if (value == null) {
                    return;
                }
                values[0]++;
                String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                        : value instanceof java.sql.Blob blob ? new String(blob.getBytes(1, (int) blob.length()),
                                StandardCharsets.ISO_8859_1)
                        : row.getString(1);
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        hits.add("secret " + IdNumbers.mask(secret));
                    }
                }
                Matcher m = ID_SHAPED.matcher(text);
                while (m.find()) {
                    if (IdNumbers.isValid(m.group())) {
                        hits.add("ID number " + IdNumbers.mask(m.group()));
                    }
                }
            });
            if (!hits.isEmpty()) {
                found.add(table + "." + name + ": " + hits);
            }
        }
        System.out.printf("[personal data] at rest: %d text and binary columns of %d tables, %d values read, "
                + "%d columns holding personal data in the clear%n", columns.size(),
                columns.stream().map(c -> c[0]).distinct().count(), values[0], found.size());
        return found;
    }

    /** [table, column], quoted, of every character or binary column of the application's schema. */
    private List<String[]> textColumns() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String quote = meta.getIdentifierQuoteString();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
                        columns.add(new String[] {quote + rs.getString("TABLE_NAME") + quote,
                            quote + rs.getString("COLUMN_NAME") + quote});
                    }
                }
            }
        }
        assertThat(columns).as("the scan finds the tables").hasSizeGreaterThan(50);
        return columns;
    }
}
