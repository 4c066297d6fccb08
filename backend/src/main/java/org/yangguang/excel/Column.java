package org.yangguang.excel;

/** A column: its Chinese header and how its values are written. */
public record Column(String header, ColumnType type) {

    public static Column text(String header) {
        return new Column(header, ColumnType.TEXT);
    }

    public static Column integer(String header) {
        return new Column(header, ColumnType.INTEGER);
    }

    public static Column money(String header) {
        return new Column(header, ColumnType.MONEY);
    }

    public static Column percent(String header) {
        return new Column(header, ColumnType.PERCENT);
    }

    public static Column date(String header) {
        return new Column(header, ColumnType.DATE);
    }

    public static Column dateTime(String header) {
        return new Column(header, ColumnType.DATE_TIME);
    }
}
