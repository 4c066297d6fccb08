package org.yangguang.verification.data;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads numeric cells as the import expects them whatever their display format: a date cell as
 * {@code yyyy-MM-dd}, any other number as its plain decimal ({@code 12345.6}, {@code 511999000000}),
 * never in grouping or scientific notation.
 */
final class IsoDataFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
