package org.yangguang.common.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/** Logback converter: the formatted message with every ID-number-shaped run masked. */
public class MaskingConverter extends MessageConverter {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9])");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        return message == null ? null : ID_NUMBER.matcher(message).replaceAll("$1********$2");
    }
}
