package org.yangguang.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The stored wording of warnings (Chinese, whoever triggered the matching), from {@code i18n/warnings}. */
@Component
class WarningTexts {

    private final MessageSource messages;

    WarningTexts(MessageSource messages) {
        this.messages = messages;
    }

    String of(WarningCode code, Object... args) {
        return messages.getMessage("warning." + code.name(), args, code.name(), Locale.SIMPLIFIED_CHINESE);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
