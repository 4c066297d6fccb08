package org.yangguang.verification.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored row of a department file: the person it is about, for officials the relative it
 * names, and every column of the row by header name (the evidence shown on a warning).
 */
public record DepartmentRecord(long id, DataSource source, String idNumber, String relatedIdNumber,
        Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String text(String column) {
        String value = fields.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    public BigDecimal decimal(String column) {
        String value = text(column);
        return value == null ? null : new BigDecimal(value);
    }

    public LocalDate date(String column) {
        String value = text(column);
        return value == null ? null : LocalDate.parse(value);
    }

    /** The row as a JSON object of column → value, in header order. */
    public String fieldsJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
