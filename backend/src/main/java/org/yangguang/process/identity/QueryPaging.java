package org.yangguang.process.identity;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;

/** Paging and SQL-style LIKE for the in-memory identity queries. */
final class QueryPaging {

    private QueryPaging() {}

    static <T> List<T> page(Stream<T> items, Page page) {
        if (page == null) {
            return items.toList();
        }
        return items.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
    }

    /** {@code true} when there is no pattern, or the value matches it ({@code %} any run, {@code _} one character). */
    static boolean like(String value, String pattern) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value)
                .matches();
    }
}
