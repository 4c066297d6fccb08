package org.yangguang.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.yangguang.household.AssetType;

/** Writes the reasons of a refusal in one language from the bundle {@code i18n/allowance}. */
final class ReasonTexts {

    private static final String PREFIX = "allowance.";

    private final MessageSource messages;
    private final Locale locale;

    ReasonTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** The reason {@code code}; {@code variant} picks one of several texts of the same code. */
    Reason reason(String code, String variant, Object... args) {
        String key = PREFIX + "reason." + code + (variant == null ? "" : "." + variant);
        return new Reason(code, messages.getMessage(key, args, key, locale));
    }

    String area(Area area) {
        return text("area." + area.name());
    }

    /** The names of asset types as a list in the reader's language, e.g. 存款、有价证券. */
    String assetTypes(Collection<AssetType> types) {
        return types.stream()
                .map(type -> text("assetType." + type.name()))
                .collect(Collectors.joining(text("list.separator")));
    }

    /** Money as figures with two decimals, without grouping (MessageFormat would group and drop zeros). */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private String text(String key) {
        return messages.getMessage(PREFIX + key, null, key, locale);
    }
}
